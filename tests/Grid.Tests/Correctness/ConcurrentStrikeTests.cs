using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Correctness;

/// <summary>Hundreds of takedowns of one seller's listings at once count every strike exactly once.</summary>
[Collection(GridCollection.Name)]
public sealed class ConcurrentStrikeTests(GridClusterFixture grid)
{
    [Fact]
    public async Task ThreeHundredParallelGoodFaithTakedowns_CountEveryStrikeOnce_AndClimbEachRungOnce()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(sellerId, 300, brandId);

        var answers = await Task.WhenAll(listings.Select(id => brand.FileComplaint(brandId, id)));

        var cases = answers.Select(a => (string)a.Expect(HttpStatusCode.Created)["caseId"]!).ToArray();
        Assert.All(answers, a => Assert.Equal("taken-down", (string?)a.Body!["status"]));
        Assert.Equal(300, cases.Distinct().Count());

        var seller = await grid.Seller(sellerId);
        Assert.Equal(300, (int)seller["activeStrikes"]!);
        var strikes = seller["strikes"]!.AsArray();
        Assert.Equal(300, strikes.Count);
        Assert.Equal(cases.Order(), strikes.Select(s => (string)s!["caseId"]!).Order());
        Assert.Equal(listings.Order(), strikes.Select(s => (string)s!["listingId"]!).Order());
        Assert.Equal(["warning", "listing-restriction", "suspension", "termination"],
            seller["history"]!.AsArray().Select(p => (string)p!["kind"]!));
        Assert.Equal(5, (int)seller["history"]![3]!["strikesAtTheTime"]!);
        Assert.Equal("termination", (string?)seller["penalty"]!["kind"]);

        var statuses = await grid.Statuses(listings);
        Assert.All(statuses, s =>
        {
            Assert.True((bool)s["blocked"]!);
            Assert.Equal("seller-terminated", (string?)s["reason"]);
        });
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(300, (int)accuracy["upheld"]!);
        Assert.Equal(300, (int)accuracy["takenDownAtOnce"]!);
    }

    [Fact]
    public async Task TwoHundredParallelAutoTakedownFlags_CountEveryStrikeOnce()
    {
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 200);
        var detector = grid.NewId("detector");

        var answers = await Task.WhenAll(listings.Select(id => grid.Detector.RaiseFlag(id, detector, 0.99)));

        var results = answers.Select(a => a.Expect(HttpStatusCode.OK)).ToArray();
        Assert.All(results, r => Assert.Equal("taken-down", (string?)r["outcome"]));
        var cases = results.Select(r => (string)r["caseId"]!).ToArray();
        Assert.Equal(200, cases.Distinct().Count());

        var seller = await grid.Seller(sellerId);
        Assert.Equal(200, (int)seller["activeStrikes"]!);
        var strikes = seller["strikes"]!.AsArray();
        Assert.Equal(200, strikes.Count);
        Assert.Equal(cases.Order(), strikes.Select(s => (string)s!["caseId"]!).Order());
        Assert.Equal(["warning", "listing-restriction", "suspension", "termination"],
            seller["history"]!.AsArray().Select(p => (string)p!["kind"]!));
        var record = (await grid.Detector.Get($"/v1/detectors/{detector}")).Expect(HttpStatusCode.OK);
        Assert.Equal(200, (int)record["flags"]!);
        Assert.Equal(200, (int)record["takenDown"]!);
        Assert.All(await grid.Statuses(listings), s => Assert.Equal("seller-terminated", (string?)s["reason"]));
    }

    [Fact]
    public async Task TenParallelUpholdsOfOneCase_DecideItOnce_AndStrikeOnce()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            grid.Operator.Post($"/v1/complaints/{caseId}/decision", new { decision = i % 2 == 0 ? "uphold" : "reject" })));

        var winner = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        var decided = (string?)winner.Body!["status"];
        var history = (await grid.Case(caseId))["history"]!.AsArray().Select(h => (string)h!["status"]!);
        Assert.Equal(["filed", "under-review", decided!], history);
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(1, (int)accuracy["upheld"]! + (int)accuracy["rejected"]!);
        Assert.Equal(decided == "upheld" ? 1 : 0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        Assert.Equal(decided == "upheld", (bool)(await grid.Status(listingId))["blocked"]!);
    }
}
