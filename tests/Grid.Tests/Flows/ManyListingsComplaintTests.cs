using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>One complaint naming many listings under one IP right: a case per listing, decided on its own, tracked together.</summary>
[Collection(GridCollection.Name)]
public sealed class ManyListingsComplaintTests(GridClusterFixture grid)
{
    private static object Complaint(string brandId, IEnumerable<string> listingIds) => new
    {
        brandId, listingIds, kind = "counterfeit", language = "en",
        right = new { type = "trademark", registrationNumber = Scenario.Trademark }, evidence = new[] { "https://evidence.example/batch" },
    };

    [Fact]
    public async Task ThreeHundredListings_BecomeThreeHundredCases_GroupedUnderTheComplaint()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(grid.NewId("seller"), 300, brandId);

        var filed = (await brand.Post("/v1/complaints", Complaint(brandId, listings), "batch-1")).Expect(HttpStatusCode.Created);

        var complaintId = (string)filed["complaintId"]!;
        var items = filed["listings"]!.AsArray();
        Assert.Equal(300, items.Count);
        Assert.Equal(listings, items.Select(i => (string)i!["listingId"]!));
        Assert.All(items, i => Assert.Equal("taken-down", (string?)i!["status"]));
        Assert.Equal(300, items.Select(i => (string)i!["caseId"]!).Distinct().Count());
        Assert.All(await grid.Statuses(listings), s => Assert.True((bool)s["blocked"]!));
        var oneCase = await grid.Case((string)items[7]!["caseId"]!);
        Assert.Equal(complaintId, (string?)oneCase["complaintId"]);
        Assert.Equal(listings[7], (string?)oneCase["listingId"]);

        // Sent again with the same key: the same complaint, the same cases, nothing filed twice.
        var again = (await brand.Post("/v1/complaints", Complaint(brandId, listings), "batch-1")).Expect(HttpStatusCode.OK);
        Assert.Equal(complaintId, (string?)again["complaintId"]);
        Assert.Equal(items.Select(i => (string)i!["caseId"]!), again["listings"]!.AsArray().Select(i => (string)i!["caseId"]!));

        // The brand tracks them together.
        var tracked = (await brand.Get($"/v1/complaints/{complaintId}")).Expect(HttpStatusCode.OK);
        Assert.Equal(300, tracked["listings"]!.AsArray().Count);
    }

    [Fact]
    public async Task EachCase_IsDecidedOnItsOwn()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listings = await grid.SellerWithListings(grid.NewId("seller"), 3, brandId);
        var filed = (await brand.Post("/v1/complaints", Complaint(brandId, listings))).Expect(HttpStatusCode.Created);
        var cases = filed["listings"]!.AsArray().Select(i => (string)i!["caseId"]!).ToList();

        (await grid.Operator.Decide(cases[0], "uphold")).Expect(HttpStatusCode.OK);
        (await grid.Operator.Decide(cases[1], "reject", "licensed")).Expect(HttpStatusCode.OK);

        var tracked = (await brand.Get($"/v1/complaints/{filed["complaintId"]}")).Expect(HttpStatusCode.OK);
        Assert.Equal(["upheld", "rejected", "under-review"], tracked["listings"]!.AsArray().Select(i => (string)i!["status"]!));
    }

    [Fact]
    public async Task AListingNotInTheCatalog_IsReportedOnItsItem_TheOthersAreFiled()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = (await grid.SellerWithListings(grid.NewId("seller"), 2, brandId)).Append(grid.NewId("missing")).ToList();

        var filed = (await brand.Post("/v1/complaints", Complaint(brandId, listings))).Expect(HttpStatusCode.Created);

        var items = filed["listings"]!.AsArray();
        Assert.Equal("taken-down", (string?)items[0]!["status"]);
        Assert.Null(items[2]!["caseId"]);
        Assert.Contains("not in the catalog", (string?)items[2]!["error"]);
    }

    [Fact]
    public async Task ThreeHundredAndOneListings_Is400_AndFilesNothing()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = Enumerable.Range(0, 301).Select(i => grid.NewId($"l{i}")).ToList();

        var problem = (await brand.Post("/v1/complaints", Complaint(brandId, listings))).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Contains("listingIds", problem["errors"]!.ToJsonString());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[\"a\",\"a\"]")]
    [InlineData("[\"ok\",\"\"]")]
    [InlineData("[null]")]
    [InlineData("[\"a\\u0001b\"]")]
    [InlineData("\"L-1\"")]
    public async Task HostileListingIds_Are400(string listingIds)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var body = $$"""{"brandId":"{{brandId}}","listingIds":{{listingIds}},"kind":"counterfeit","language":"en","right":{"type":"trademark","registrationNumber":"{{Scenario.Trademark}}"},"evidence":["x"]}""";

        (await brand.SendRaw(HttpMethod.Post, "/v1/complaints", body)).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BothListingIdAndListingIds_Is400()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var body = $$"""{"brandId":"{{brandId}}","listingId":"a","listingIds":["b"],"kind":"counterfeit","language":"en","right":{"type":"trademark","registrationNumber":"{{Scenario.Trademark}}"},"evidence":["x"]}""";

        (await brand.SendRaw(HttpMethod.Post, "/v1/complaints", body)).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SameKey_DifferentListings_Is409()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(grid.NewId("seller"), 3, brandId);
        (await brand.Post("/v1/complaints", Complaint(brandId, listings[..2]), "k")).Expect(HttpStatusCode.Created);

        (await brand.Post("/v1/complaints", Complaint(brandId, listings), "k")).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnotherBrand_CannotReadTheComplaint()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(grid.NewId("seller"), 2, brandId);
        var complaintId = (string)(await brand.Post("/v1/complaints", Complaint(brandId, listings))).Expect(HttpStatusCode.Created)["complaintId"]!;
        var (_, other) = grid.NewBrand();

        (await other.Get($"/v1/complaints/{complaintId}")).ExpectProblem(HttpStatusCode.Forbidden);
    }
}
