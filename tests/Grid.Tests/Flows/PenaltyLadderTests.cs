using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// Flow 7 through HTTP with the shipped config/enforcement.json: strikes expire after 90 days;
/// 1 active strike warns, 2 restrict new listings for 7 days, 3 suspend the seller for 30 days,
/// 5 within 365 days terminate. Times are computed from responses, never assumed.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class PenaltyLadderTests(GridClusterFixture grid)
{
    private static readonly TimeSpan AMoment = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task FirstStrike_GivesAWarning_AndBlocksOnlyTheListingTakenDown()
    {
        var (brandId, brand) = await GoodFaithBrand();
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 2, brandId);

        await Strike(brand, brandId, listings[0]);

        var seller = await grid.Seller(sellerId);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
        Assert.Equal("warning", (string?)seller["penalty"]!["kind"]);
        Assert.Equal(["warning"], Rungs(seller));
        Assert.False((bool)(await grid.Status(listings[1]))["blocked"]!);
        var later = grid.NewId("listing");
        await grid.RegisterListing(later, sellerId, brandId);
        Assert.False((bool)(await grid.Status(later))["blocked"]!);
    }

    [Fact]
    public async Task SecondStrike_RestrictsListingsRegisteredAfterIt_ForSevenDays_WhileExistingListingsStayUp()
    {
        var (brandId, brand) = await GoodFaithBrand();
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 3, brandId);
        grid.Clock.Advance(AMoment);
        await Strike(brand, brandId, listings[0]);
        grid.Clock.Advance(AMoment);

        await StrikeByReview(listings[1]);

        var seller = await grid.Seller(sellerId);
        var penalty = seller["penalty"]!;
        Assert.Equal("listing-restriction", (string?)penalty["kind"]);
        Assert.Equal(TimeSpan.FromDays(7), Time(penalty["until"]) - Time(penalty["since"]));
        Assert.Equal(["warning", "listing-restriction"], Rungs(seller));
        var existing = await grid.Status(listings[2]);
        Assert.False((bool)existing["blocked"]!);

        grid.Clock.Advance(AMoment);
        var registeredDuringRestriction = grid.NewId("listing");
        await grid.RegisterListing(registeredDuringRestriction, sellerId, brandId);

        var restricted = await grid.Status(registeredDuringRestriction);
        Assert.True((bool)restricted["blocked"]!);
        Assert.Equal("seller-restricted", (string?)restricted["reason"]);
        Assert.Null(restricted["caseId"]);
        Assert.Equal(Time(penalty["since"]), Time(restricted["since"]));
        Assert.Equal("takedown", (string?)(await grid.Status(listings[1]))["reason"]);

        grid.Clock.Advance(TimeSpan.FromDays(7));
        var registeredAfterRestriction = grid.NewId("listing");
        await grid.RegisterListing(registeredAfterRestriction, sellerId, brandId);

        Assert.False((bool)(await grid.Status(registeredDuringRestriction))["blocked"]!);
        Assert.False((bool)(await grid.Status(registeredAfterRestriction))["blocked"]!);
        Assert.False((bool)(await grid.Status(listings[2]))["blocked"]!);
    }

    [Fact]
    public async Task ThirdStrike_SuspendsEveryListing_ForThirtyDays_IncludingListingsRegisteredLater()
    {
        var (brandId, brand) = await GoodFaithBrand();
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 4, brandId);
        var cases = new List<string>();
        foreach (var struck in listings[..3])
        {
            grid.Clock.Advance(AMoment);
            cases.Add(await Strike(brand, brandId, struck));
        }

        var seller = await grid.Seller(sellerId);
        var penalty = seller["penalty"]!;
        Assert.Equal("suspension", (string?)penalty["kind"]);
        Assert.Equal(TimeSpan.FromDays(30), Time(penalty["until"]) - Time(penalty["since"]));
        Assert.All(await grid.Statuses(listings), s =>
        {
            Assert.True((bool)s["blocked"]!);
            Assert.Equal("seller-suspended", (string?)s["reason"]);
            Assert.Equal(Time(penalty["since"]), Time(s["since"]));
        });

        grid.Clock.Advance(AMoment);
        var registeredDuringSuspension = grid.NewId("listing");
        await grid.RegisterListing(registeredDuringSuspension, sellerId, brandId);
        var bornBlocked = await grid.Status(registeredDuringSuspension);
        Assert.True((bool)bornBlocked["blocked"]!);
        Assert.Equal("seller-suspended", (string?)bornBlocked["reason"]);

        grid.Clock.Advance(TimeSpan.FromDays(31));

        Assert.False((bool)(await grid.Status(listings[3]))["blocked"]!);
        Assert.False((bool)(await grid.Status(registeredDuringSuspension))["blocked"]!);
        var stillTakenDown = await grid.Statuses(listings[..3]);
        Assert.All(stillTakenDown, s => Assert.Equal("takedown", (string?)s["reason"]));
        Assert.Equal(cases, stillTakenDown.Select(s => (string)s["caseId"]!));
        var afterSuspension = await grid.Seller(sellerId);
        Assert.Equal(["warning", "listing-restriction", "suspension"], Rungs(afterSuspension));
        Assert.Equal(3, (int)afterSuspension["activeStrikes"]!);
        Assert.NotEqual("suspension", (string?)afterSuspension["penalty"]!["kind"]);
        var history = afterSuspension["history"]!.AsArray();
        Assert.Equal(cases, history.Select(p => (string)p!["caseId"]!));
        Assert.Equal([1, 2, 3], history.Select(p => (int)p!["strikesAtTheTime"]!));

        var lastStrikeAt = afterSuspension["strikes"]!.AsArray().Max(s => Time(s!["at"]));
        grid.Clock.Advance(lastStrikeAt.AddDays(91) - grid.Clock.GetUtcNow());

        var expired = await grid.Seller(sellerId);
        Assert.Equal(0, (int)expired["activeStrikes"]!);
        Assert.All(expired["strikes"]!.AsArray(), s => Assert.False((bool)s!["active"]!));
        Assert.Equal("none", (string?)expired["penalty"]!["kind"]);
        Assert.Equal(["warning", "listing-restriction", "suspension"], Rungs(expired));
    }

    [Fact]
    public async Task Strike_ExpiresNinetyDaysAfterItWasGiven()
    {
        var (brandId, brand) = await GoodFaithBrand();
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 1, brandId);
        await Strike(brand, brandId, listings[0]);
        var strike = (await grid.Seller(sellerId))["strikes"]![0]!;
        Assert.Equal(TimeSpan.FromDays(90), Time(strike["expiresAt"]) - Time(strike["at"]));

        grid.Clock.Advance(Time(strike["expiresAt"]) - grid.Clock.GetUtcNow() - AMoment);
        var justBefore = await grid.Seller(sellerId);
        grid.Clock.Advance(AMoment * 2);
        var justAfter = await grid.Seller(sellerId);

        Assert.Equal(1, (int)justBefore["activeStrikes"]!);
        Assert.Equal("warning", (string?)justBefore["penalty"]!["kind"]);
        Assert.Equal(0, (int)justAfter["activeStrikes"]!);
        Assert.False((bool)justAfter["strikes"]![0]!["active"]!);
        Assert.Equal("none", (string?)justAfter["penalty"]!["kind"]);
        Assert.Equal("takedown", (string?)(await grid.Status(listings[0]))["reason"]);
    }

    [Fact]
    public async Task FiveStrikesWithin365Days_Terminate_EvenWhenTheEarlierOnesHaveExpired()
    {
        var (brandId, brand) = await GoodFaithBrand();
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 6, brandId);
        foreach (var struck in listings[..3])
        {
            grid.Clock.Advance(AMoment);
            await Strike(brand, brandId, struck);
        }
        grid.Clock.Advance(TimeSpan.FromDays(91));
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);

        grid.Clock.Advance(AMoment);
        await Strike(brand, brandId, listings[3]);
        grid.Clock.Advance(AMoment);
        await Strike(brand, brandId, listings[4]);

        var seller = await grid.Seller(sellerId);
        Assert.Equal("termination", (string?)seller["penalty"]!["kind"]);
        Assert.Null(seller["penalty"]!["until"]);
        Assert.Equal("termination", (string?)seller["history"]!.AsArray()[^1]!["kind"]);
        Assert.Single(Rungs(seller), r => r == "termination");
        var later = grid.NewId("listing");
        await grid.RegisterListing(later, sellerId, brandId);
        Assert.All(await grid.Statuses([.. listings, later]), s => Assert.Equal("seller-terminated", (string?)s["reason"]));

        grid.Clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal("termination", (string?)(await grid.Seller(sellerId))["penalty"]!["kind"]);
        Assert.All(await grid.Statuses([.. listings, later]), s => Assert.Equal("seller-terminated", (string?)s["reason"]));
    }

    private async Task<(string BrandId, HttpClient Brand)> GoodFaithBrand()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        return (brandId, brand);
    }

    /// <summary>A good-faith complaint: taken down at once, one strike.</summary>
    private static async Task<string> Strike(HttpClient brand, string brandId, string listingId)
    {
        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        Assert.Equal("taken-down", (string?)filed["status"]);
        return (string)filed["caseId"]!;
    }

    /// <summary>A standard brand's complaint that an operator upholds: one strike, after review.</summary>
    private async Task<string> StrikeByReview(string listingId)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        Assert.Equal("upheld", (string?)(await grid.Decide(caseId, "uphold"))["status"]);
        return caseId;
    }

    private static string[] Rungs(JsonNode seller) => [.. seller["history"]!.AsArray().Select(p => (string)p!["kind"]!)];

    private static DateTimeOffset Time(JsonNode? value) => DateTimeOffset.Parse((string)value!);
}
