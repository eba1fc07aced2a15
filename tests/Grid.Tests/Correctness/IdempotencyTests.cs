using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Correctness;

/// <summary>The same notice delivered twice makes one case and at most one strike.</summary>
[Collection(GridCollection.Name)]
public sealed class IdempotencyTests(GridClusterFixture grid)
{
    [Fact]
    public async Task SameIdempotencyKeyTwice_AnswersTheSameCase_WithOneStrikeAndOneCountedOutcome()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var first = (await brand.FileComplaint(brandId, listingId, "retry-me-1")).Expect(HttpStatusCode.Created);
        var second = (await brand.FileComplaint(brandId, listingId, "retry-me-1")).Expect(HttpStatusCode.OK);

        Assert.Equal((string?)first["caseId"], (string?)second["caseId"]);
        Assert.Equal("taken-down", (string?)second["status"]);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
        Assert.Single(seller["strikes"]!.AsArray());
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(1, (int)accuracy["upheld"]!);
        Assert.Equal(1, (int)accuracy["takenDownAtOnce"]!);
        Assert.Equal(0, (int)accuracy["rejected"]!);
        Assert.Single((await grid.Listing(listingId))["takedowns"]!.AsArray());
    }

    [Fact]
    public async Task SameNoticeWithoutKey_WhileUnderReview_LandsOnTheOpenCase()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var first = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        var resent = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.OK);

        Assert.Equal((string?)first["caseId"], (string?)resent["caseId"]);
        Assert.Equal("under-review", (string?)resent["status"]);
        Assert.Single((await grid.Listing(listingId))["notices"]!.AsArray());
    }

    [Fact]
    public async Task SameNoticeWithoutKey_AfterUphold_LandsOnTheUpheldCase_AndCostsNoSecondStrike()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        await grid.Decide(caseId, "uphold");

        var resent = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.OK);

        Assert.Equal(caseId, (string?)resent["caseId"]);
        Assert.Equal("upheld", (string?)resent["status"]);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        Assert.Equal(1, (int)(await grid.Brand(brandId))["accuracy"]!["upheld"]!);
    }

    [Fact]
    public async Task FiftyParallelIdenticalComplaints_WithoutKey_OpenOneCase_AndOneStrike()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => brand.FileComplaint(brandId, listingId)));

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"{a.Status}: {a.Body?.ToJsonString()}"));
        Assert.Single(answers.Select(a => (string?)a.Body!["caseId"]).Distinct());
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
        Assert.Single(seller["strikes"]!.AsArray());
        Assert.Equal(1, (int)(await grid.Brand(brandId))["accuracy"]!["upheld"]!);
        Assert.Single((await grid.Listing(listingId))["takedowns"]!.AsArray());
    }

    [Fact]
    public async Task TwentyParallelRetriesWithOneIdempotencyKey_OpenOneCase_AndOneStrike()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => brand.FileComplaint(brandId, listingId, "storm-1")));

        Assert.Single(answers.Select(a => (string?)a.Body!["caseId"]).Distinct());
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task SameIdempotencyKeyForADifferentListing_IsConflict_AndLeavesThatListingAlone()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId, "good-faith");
        var firstListing = grid.NewId("listing");
        var secondListing = grid.NewId("listing");
        await grid.RegisterListing(firstListing, sellerId, brandId);
        await grid.RegisterListing(secondListing, sellerId, brandId);
        var filed = (await brand.FileComplaint(brandId, firstListing, "reused-key")).Expect(HttpStatusCode.Created);

        var reused = await brand.FileComplaint(brandId, secondListing, "reused-key");

        reused.Expect(HttpStatusCode.Conflict);
        Assert.False((bool)(await grid.Status(secondListing))["blocked"]!);
        Assert.Empty((await grid.Listing(secondListing))["notices"]!.AsArray());
        Assert.Equal(firstListing, (string?)(await grid.Case((string)filed["caseId"]!))["listingId"]);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task SameIdempotencyKeyForADifferentKindOfInfringement_IsConflict()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var filed = (await brand.FileComplaint(brandId, listingId, "kind-key")).Expect(HttpStatusCode.Created);

        var reused = await brand.Post("/v1/complaints", Scenario.Complaint(brandId, listingId, kind: "trademark"), "kind-key");

        reused.Expect(HttpStatusCode.Conflict);
        Assert.Equal("counterfeit", (string?)(await grid.Case((string)filed["caseId"]!))["kind"]);
        Assert.Single((await grid.Listing(listingId))["notices"]!.AsArray());
    }

    [Fact]
    public async Task IdempotencyKeys_BelongToTheBrandThatSentThem()
    {
        var (firstBrandId, firstBrand) = grid.NewBrand();
        var (secondBrandId, secondBrand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(firstBrandId, "good-faith");
        await grid.RegisterBrand(secondBrandId, "good-faith");
        var firstListing = grid.NewId("listing");
        var secondListing = grid.NewId("listing");
        await grid.RegisterListing(firstListing, sellerId);
        await grid.RegisterListing(secondListing, sellerId);

        var first = (await firstBrand.FileComplaint(firstBrandId, firstListing, "shared-key")).Expect(HttpStatusCode.Created);
        var second = (await secondBrand.FileComplaint(secondBrandId, secondListing, "shared-key")).Expect(HttpStatusCode.Created);

        Assert.NotEqual((string?)first["caseId"], (string?)second["caseId"]);
        Assert.Equal(secondListing, (string?)second["listingId"]);
        Assert.Equal(2, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task SameIdempotencyKeyOnAFlagForADifferentListing_IsConflict_AndLeavesThatListingAlone()
    {
        var sellerId = grid.NewId("seller");
        var firstListing = grid.NewId("listing");
        var secondListing = grid.NewId("listing");
        await grid.RegisterListing(firstListing, sellerId);
        await grid.RegisterListing(secondListing, sellerId);
        var detector = grid.NewId("detector");
        (await grid.Detector.RaiseFlag(firstListing, detector, 0.99, "flag-reused")).Expect(HttpStatusCode.OK);

        var reused = await grid.Detector.RaiseFlag(secondListing, detector, 0.99, "flag-reused");

        reused.Expect(HttpStatusCode.Conflict);
        Assert.False((bool)(await grid.Status(secondListing))["blocked"]!);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task SameIdempotencyKeyOnAFlagTwice_AnswersTheSameCase_WithOneStrike()
    {
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId);
        var detector = grid.NewId("detector");

        var first = (await grid.Detector.RaiseFlag(listingId, detector, 0.99, "flag-key-1")).Expect(HttpStatusCode.OK);
        var second = (await grid.Detector.RaiseFlag(listingId, detector, 0.99, "flag-key-1")).Expect(HttpStatusCode.OK);

        Assert.Equal("taken-down", (string?)first["outcome"]);
        Assert.Equal("taken-down", (string?)second["outcome"]);
        Assert.NotNull((string?)first["caseId"]);
        Assert.Equal((string?)first["caseId"], (string?)second["caseId"]);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        var record = (await grid.Detector.Get($"/v1/detectors/{detector}")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, (int)record["takenDown"]!);
    }

    [Fact]
    public async Task ThirtyParallelIdenticalFlags_WithoutKey_OpenOneCase_AndOneStrike()
    {
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId);
        var detector = grid.NewId("detector");

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => grid.Detector.RaiseFlag(listingId, detector, 0.99)));

        Assert.All(answers, a => Assert.Equal("taken-down", (string?)a.Expect(HttpStatusCode.OK)["outcome"]));
        Assert.Single(answers.Select(a => (string?)a.Body!["caseId"]).Distinct());
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        Assert.Single((await grid.Listing(listingId))["takedowns"]!.AsArray());
    }

    [Fact]
    public async Task RejectedComplaint_FreesTheNotice_SoTheSameComplaintOpensANewCase()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var rejectedCase = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        await grid.Decide(rejectedCase, "reject");

        var refiled = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);

        Assert.NotEqual(rejectedCase, (string?)refiled["caseId"]);
        Assert.Equal("under-review", (string?)refiled["status"]);
        Assert.Equal("rejected", (string?)(await grid.Case(rejectedCase))["status"]);
        Assert.Equal(1, (int)(await grid.Brand(brandId))["accuracy"]!["rejected"]!);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }
}
