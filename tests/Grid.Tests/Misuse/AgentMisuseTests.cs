using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Misuse;

/// <summary>
/// An agent that files for several brands is judged on its own record (DSA art. 23 names "a brand or agent"): its
/// rejected notices add up across brands, and the controls stop the agent while the brands file as before.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class AgentMisuseTests(GridClusterFixture grid)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private async Task<(string BrandId, HttpClient Brand)> BrandAuthorising(string agentId)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        (await brand.Put($"/v1/brands/{brandId}/agents/{agentId}", null)).Expect(HttpStatusCode.OK);
        return (brandId, brand);
    }

    private async Task<JsonNode> Standing(HttpClient caller, string agentId) =>
        (await caller.Get($"/v1/agents/{agentId}")).Expect(HttpStatusCode.OK);

    [Fact]
    public async Task AnAgentWhoseNoticesAreRejectedAcrossBrands_IsWarned_Demoted_Suspended_WhileTheBrandsAreNot()
    {
        var (agentId, agent) = grid.NewAgent();
        var (first, firstBrand) = await BrandAuthorising(agentId);
        var (second, _) = await BrandAuthorising(agentId);

        var cases = (await grid.FileForReview(first, agent, 5)).Concat(await grid.FileForReview(second, agent, 5)).ToList();
        await grid.DecideAll(cases, "reject");

        var warned = await Standing(grid.Operator, agentId);
        Assert.Equal("warned", (string?)warned["misuse"]!["level"]);
        Assert.Equal(10, (int)warned["figures"]!["decided"]!);
        Assert.Equal(10, (int)warned["figures"]!["rejected"]!);
        // Each brand has five decided notices: too few to judge the brand.
        Assert.Equal("none", (string?)(await grid.Brand(first))["misuse"]!["level"]);
        Assert.Equal("none", (string?)(await grid.Brand(second))["misuse"]!["level"]);

        grid.Clock.Advance(7 * Day);
        var byAgent = await grid.File(first, agent);
        var byBrand = await grid.File(first, firstBrand);
        Assert.Equal("demoted", (string?)(await Standing(agent, agentId))["misuse"]!["level"]);
        var queue = (await grid.QueuePage($"brand={first}")).Items();
        Assert.Equal("demoted", (string?)queue.Single(i => i.CaseId() == byAgent.CaseId())["priority"]);
        Assert.Equal("standard", (string?)queue.Single(i => i.CaseId() == byBrand.CaseId())["priority"]);

        grid.Clock.Advance(7 * Day);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), first);
        var refused = (await agent.FileComplaint(first, listingId)).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Contains($"Agent '{agentId}' is suspended from filing until", (string?)refused["detail"]);
        var suspended = (await Standing(grid.Operator, agentId))["misuse"]!;
        Assert.Equal("suspended", (string?)suspended["level"]);
        Assert.NotNull(suspended["until"]);
        (await firstBrand.FileComplaint(first, listingId)).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AnAgentsStanding_IsForOperatorsAndTheAgentItself()
    {
        var (agentId, agent) = grid.NewAgent();
        var (_, otherAgent) = grid.NewAgent();
        var (brandId, brand) = grid.NewBrand();

        Assert.Equal("none", (string?)(await Standing(agent, agentId))["misuse"]!["level"]);
        (await otherAgent.Get($"/v1/agents/{agentId}")).ExpectProblem(HttpStatusCode.Forbidden);
        var (status, _) = await brand.Get($"/v1/agents/{agentId}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (await grid.Operator.Get($"/v1/agents/%20{agentId}")).ExpectProblem(HttpStatusCode.BadRequest);
        Assert.NotNull(brandId);
    }
}
