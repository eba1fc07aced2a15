using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>A seller reads every decision about it, each with its statement of reasons, withdrawn ones included.</summary>
[Collection(GridCollection.Name)]
public sealed class SellerNoticesTests(GridClusterFixture grid)
{
    [Fact]
    public async Task Notices_ListTakedownsAndPenalties_WithStatements_NewestFirst()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var (sellerId, seller) = grid.NewSeller();
        var listings = await grid.SellerWithListings(sellerId, 2, brandId);
        var first = (string)(await brand.FileComplaint(brandId, listings[0])).Expect(HttpStatusCode.Created)["caseId"]!;
        grid.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = (string)(await brand.FileComplaint(brandId, listings[1])).Expect(HttpStatusCode.Created)["caseId"]!;
        (await brand.Post($"/v1/cases/{first}/retract", null)).Expect(HttpStatusCode.OK);

        var notices = (await seller.Get($"/v1/sellers/{sellerId}/notices")).Expect(HttpStatusCode.OK);

        var takedowns = notices["takedowns"]!.AsArray();
        Assert.Equal([second, first], takedowns.Select(t => (string)t!["caseId"]!));
        Assert.Equal("retracted", (string?)takedowns[1]!["status"]);
        Assert.All(takedowns, t =>
        {
            Assert.NotNull(t!["statement"]!["facts"]);
            Assert.Contains("6 months", (string?)t["statement"]!["redress"]);
        });
        var penalties = notices["penalties"]!.AsArray();
        Assert.Contains(penalties, p => (string?)p!["kind"] == "warning");
        Assert.All(penalties, p => Assert.False(string.IsNullOrEmpty((string?)p!["statement"]!["decision"])));
    }

    [Fact]
    public async Task AnotherSellersNotices_Are403()
    {
        var (_, seller) = grid.NewSeller();

        (await seller.Get($"/v1/sellers/{grid.NewId("seller")}/notices")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task HostileSellerId_Is400()
    {
        (await grid.Operator.Get("/v1/sellers/%01bad/notices")).ExpectProblem(HttpStatusCode.BadRequest);
    }
}
