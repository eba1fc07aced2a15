using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Security;

/// <summary>Trade associations and agents file for a brand only with the authorisation that brand granted.</summary>
[Collection(GridCollection.Name)]
public sealed class AgentAuthorisationTests(GridClusterFixture grid)
{
    private async Task<(string BrandId, HttpClient Brand, string ListingId)> BrandWithListing()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        return (brandId, brand, listingId);
    }

    [Fact]
    public async Task Agent_FilesOnlyWhileAuthorised()
    {
        var (brandId, brand, listingId) = await BrandWithListing();
        var (agentId, agent) = grid.NewAgent();

        (await agent.FileComplaint(brandId, listingId)).ExpectProblem(HttpStatusCode.Forbidden);

        var granted = (await brand.Put($"/v1/brands/{brandId}/agents/{agentId}", null)).Expect(HttpStatusCode.OK);
        Assert.Equal(agentId, (string?)granted["agentId"]);
        var filed = (await agent.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        Assert.Equal($"agent:{agentId}", (string?)filed["history"]!.AsArray()[0]!["actor"]);
        Assert.Contains(agentId, (await brand.Get($"/v1/brands/{brandId}/agents")).Expect(HttpStatusCode.OK).ToJsonString());

        var (status, _) = await brand.Send(HttpMethod.Delete, $"/v1/brands/{brandId}/agents/{agentId}");
        Assert.Equal(HttpStatusCode.NoContent, status);
        var other = grid.NewId("listing");
        await grid.RegisterListing(other, grid.NewId("seller"), brandId);
        (await agent.FileComplaint(brandId, other)).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnotherBrand_CannotAuthoriseAgentsForThisBrand()
    {
        var (brandId, _, _) = await BrandWithListing();
        var (_, otherBrand) = grid.NewBrand();
        var (agentId, _) = grid.NewAgent();

        (await otherBrand.Put($"/v1/brands/{brandId}/agents/{agentId}", null)).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agent_CannotAuthoriseItself()
    {
        var (brandId, _, _) = await BrandWithListing();
        var (agentId, agent) = grid.NewAgent();

        var (status, _) = await agent.Put($"/v1/brands/{brandId}/agents/{agentId}", null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task AuthorisingForAnUnregisteredBrand_Is404_AndRevokingNothing_Is404()
    {
        var (agentId, _) = grid.NewAgent();

        (await grid.Operator.Put($"/v1/brands/{grid.NewId("ghost")}/agents/{agentId}", null)).ExpectProblem(HttpStatusCode.NotFound);
        var (brandId, brand, _) = await BrandWithListing();
        (await brand.Send(HttpMethod.Delete, $"/v1/brands/{brandId}/agents/{agentId}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("%20lead")]
    [InlineData("a%01b")]
    public async Task HostileAgentId_Is400(string agentId)
    {
        var (brandId, brand, _) = await BrandWithListing();

        (await brand.Put($"/v1/brands/{brandId}/agents/{agentId}", null)).ExpectProblem(HttpStatusCode.BadRequest);
    }
}
