using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

[Collection(GridCollection.Name)]
public sealed class ComplaintFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task GoodFaithComplaint_BlocksListingImmediately()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);

        Assert.Equal("taken-down", (string?)filed["status"]);
        Assert.Null(filed["dueAt"]);
        var status = await grid.Status(listingId);
        Assert.True((bool)status["blocked"]!);
        Assert.Equal("takedown", (string?)status["reason"]);
        Assert.Equal((string?)filed["caseId"], (string?)status["caseId"]);
        Assert.Equal("trusted-notice", (string?)filed["statement"]!["source"]);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
    }

    [Fact]
    public async Task StandardComplaint_WaitsForReviewDueIn48Hours()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);

        Assert.Equal("under-review", (string?)filed["status"]);
        var filedAt = DateTimeOffset.Parse((string)filed["filedAt"]!);
        var dueAt = DateTimeOffset.Parse((string)filed["dueAt"]!);
        Assert.Equal(TimeSpan.FromHours(48), dueAt - filedAt);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        var read = (await brand.Get($"/v1/complaints/{filed["caseId"]}")).Expect(HttpStatusCode.OK);
        Assert.Equal("under-review", (string?)read["status"]);
        Assert.Equal(["filed", "under-review"], read["history"]!.AsArray().Select(h => (string)h!["status"]!));
    }
}
