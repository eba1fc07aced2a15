using System.Net;
using Grid.Contracts;
using Grid.Contracts.Events;
using Grid.Tests.Infrastructure;
using Orleans.Streams;

namespace Grid.Tests.Flows;

/// <summary>A brand withdraws its notice: a pending case closes, a takedown is undone and the brand is told.</summary>
[Collection(GridCollection.Name)]
public sealed class RetractionFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task RetractingATakedown_ReinstatesListing_RemovesStrike_AndTellsTheBrand()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var reinstated = new TaskCompletionSource<ListingReinstated>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = await grid.Client.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId))
            .SubscribeAsync((e, _) => { if (e is ListingReinstated r) reinstated.TrySetResult(r); return Task.CompletedTask; });
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        var retracted = (await brand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);

        Assert.Equal("retracted", (string?)retracted["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(0, (int)seller["activeStrikes"]!);
        Assert.Equal("none", (string?)seller["penalty"]!["kind"]);
        var accuracy = (await brand.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK)["accuracy"]!;
        Assert.Equal(0, (int)accuracy["upheld"]!);
        Assert.Equal(1, (int)accuracy["retracted"]!);
        var told = await reinstated.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(listingId, told.ListingId);
        await subscription.UnsubscribeAsync();
    }

    [Fact]
    public async Task RetractingTheStrikeThatSuspended_LiftsTheSuspensionFromEveryListing()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(sellerId, 4, brandId);
        grid.Clock.Advance(TimeSpan.FromMinutes(1)); // the listings predate the penalties, as they would in life
        var cases = new List<string>();
        foreach (var id in listings.Take(3))
            cases.Add((string)(await brand.FileComplaint(brandId, id)).Expect(HttpStatusCode.Created)["caseId"]!);
        Assert.Equal("seller-suspended", (string?)(await grid.Status(listings[3]))["reason"]);

        (await brand.Post($"/v1/cases/{cases[2]}/retract", null)).Expect(HttpStatusCode.OK);

        var untouched = await grid.Status(listings[3]);
        Assert.False((bool)untouched["blocked"]!);
        var seller = await grid.Seller(sellerId);
        Assert.Equal("listing-restriction", (string?)seller["penalty"]!["kind"]);
        Assert.Contains(seller["history"]!.AsArray(), p => (string?)p!["kind"] == "suspension" && p["liftedAt"] is not null);
        Assert.Equal("retracted", (string?)(await brand.Get($"/v1/cases/{cases[2]}")).Expect(HttpStatusCode.OK)["status"]);
    }

    [Fact]
    public async Task RetractingAPendingComplaint_ClosesIt_AndASecondRetractionConflicts()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        (await brand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);
        var again = await brand.Post($"/v1/cases/{caseId}/retract", null);
        var decide = await grid.Operator.Post($"/v1/complaints/{caseId}/decision", new { decision = "uphold" });

        again.Expect(HttpStatusCode.Conflict);
        decide.Expect(HttpStatusCode.Conflict);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task AnotherBrand_CannotRetract()
    {
        var (brandId, brand) = grid.NewBrand();
        var (_, otherBrand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        (await otherBrand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.Forbidden);

        Assert.True((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task AFlagCase_IsNotTheBrandsToRetract_EvenWhenItWasAskedToVerify()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var caseId = (string)(await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK)["caseId"]!;

        (await brand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.Conflict);

        Assert.Equal("verification-requested", (string?)(await grid.Case(caseId))["status"]);
    }
}
