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

/// <summary>An agent reads and retracts the notices it filed, while the brand's authorisation holds; nothing else.</summary>
[Collection(GridCollection.Name)]
public sealed class AgentCaseAccessTests(GridClusterFixture grid)
{
    private async Task<(string BrandId, HttpClient Brand, string AgentId, HttpClient Agent)> Authorised()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var (agentId, agent) = grid.NewAgent();
        (await brand.Put($"/v1/brands/{brandId}/agents/{agentId}", null)).Expect(HttpStatusCode.OK);
        return (brandId, brand, agentId, agent);
    }

    private async Task<string> Listing(string brandId)
    {
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        return listingId;
    }

    [Fact]
    public async Task TheFilingAgent_ReadsItsCase_UntilTheBrandWithdrawsItsAuthorisation()
    {
        var (brandId, brand, agentId, agent) = await Authorised();
        var caseId = (string)(await agent.FileComplaint(brandId, await Listing(brandId))).Expect(HttpStatusCode.Created)["caseId"]!;

        Assert.Equal("taken-down", (string?)(await agent.Get($"/v1/cases/{caseId}")).Expect(HttpStatusCode.OK)["status"]);
        Assert.Equal(caseId, (string?)(await agent.Get($"/v1/complaints/{caseId}")).Expect(HttpStatusCode.OK)["caseId"]);

        (await brand.Send(HttpMethod.Delete, $"/v1/brands/{brandId}/agents/{agentId}")).Expect(HttpStatusCode.NoContent);

        (await agent.Get($"/v1/cases/{caseId}")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnotherAgent_AuthorisedByTheSameBrand_DoesNotReadCasesItDidNotFile_NorTheBrandsOwn()
    {
        var (brandId, brand, _, agent) = await Authorised();
        var (otherId, other) = grid.NewAgent();
        (await brand.Put($"/v1/brands/{brandId}/agents/{otherId}", null)).Expect(HttpStatusCode.OK);
        var byAgent = (string)(await agent.FileComplaint(brandId, await Listing(brandId))).Expect(HttpStatusCode.Created)["caseId"]!;
        var byBrand = (string)(await brand.FileComplaint(brandId, await Listing(brandId))).Expect(HttpStatusCode.Created)["caseId"]!;

        (await other.Get($"/v1/cases/{byAgent}")).ExpectProblem(HttpStatusCode.Forbidden);
        (await agent.Get($"/v1/cases/{byBrand}")).ExpectProblem(HttpStatusCode.Forbidden);
        (await other.Post($"/v1/cases/{byAgent}/retract", null)).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheFilingAgent_ReadsAComplaintOfManyListings_AndRetractsOneOfItsCases()
    {
        var (brandId, _, _, agent) = await Authorised();
        string[] listings = [await Listing(brandId), await Listing(brandId)];
        var filed = (await agent.Post("/v1/complaints", new
        {
            brandId, listingIds = listings, kind = "counterfeit", language = "en", evidence = new[] { "https://evidence.example/1.jpg" },
            right = new { type = "trademark", registrationNumber = Scenario.Trademark },
        })).Expect(HttpStatusCode.Created);
        var complaintId = (string)filed["complaintId"]!;

        var complaint = (await agent.Get($"/v1/complaints/{complaintId}")).Expect(HttpStatusCode.OK);
        var caseId = (string)complaint["listings"]!.AsArray()[0]!["caseId"]!;
        var retracted = (await agent.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);

        Assert.Equal("retracted", (string?)retracted["status"]);
        Assert.False((bool)(await grid.Status(listings[0]))["blocked"]!);
    }
}
