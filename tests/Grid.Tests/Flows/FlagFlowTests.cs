using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Flow 5: automated detectors raise flags; the score decides what happens (thresholds 0.97 and 0.7).</summary>
[Collection(GridCollection.Name)]
public sealed class FlagFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task ScoreAtAutoTakedownThreshold_TakesListingDownProactively_WithAutomatedStatementOfReasons()
    {
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");
        await grid.RegisterListing(listingId, sellerId);

        var result = (await grid.RaiseFlag(listingId, detector, 0.97)).Expect(HttpStatusCode.OK);

        Assert.Equal("taken-down", (string?)result["outcome"]);
        var caseId = (string?)result["caseId"];
        Assert.True(Guid.TryParse(caseId, out _), $"caseId should be a UUID: {result.ToJsonString()}");
        var status = await grid.Status(listingId);
        Assert.True((bool)status["blocked"]!);
        Assert.Equal("takedown", (string?)status["reason"]);
        Assert.Equal(caseId, (string?)status["caseId"]);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        var flagCase = await grid.Case(caseId!);
        Assert.Equal("flag", (string?)flagCase["source"]);
        Assert.Equal("taken-down", (string?)flagCase["status"]);
        Assert.Equal(detector, (string?)flagCase["detector"]);
        Assert.Equal(0.97, (double)flagCase["score"]!);
        var statement = flagCase["statement"]!;
        Assert.True((bool)statement["automatedDecision"]!);
        Assert.True((bool)statement["automatedDetection"]!);
        Assert.Equal("own-initiative", (string?)statement["source"]);
        Assert.Contains(detector, (string?)statement["facts"]);
    }

    [Fact]
    public async Task MidScore_WithFlagsBrandRegistered_RequestsVerification_ListingStaysUp()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"));

        var result = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8, brandId)).Expect(HttpStatusCode.OK);

        Assert.Equal("verification-requested", (string?)result["outcome"]);
        var flagCase = await grid.Case((string)result["caseId"]!);
        Assert.Equal("verification-requested", (string?)flagCase["status"]);
        Assert.Equal(brandId, (string?)flagCase["brandId"]);
        Assert.Null(flagCase["statement"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task MidScore_WithListingsClaimedBrandRegistered_RequestsVerification_ListingStaysUp()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);

        var result = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK);

        Assert.Equal("verification-requested", (string?)result["outcome"]);
        Assert.Equal(brandId, (string?)(await grid.Case((string)result["caseId"]!))["brandId"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task MidScore_NamingAnUnregisteredBrand_AsksTheListingsRegisteredBrandInstead()
    {
        var claimed = grid.NewId("brand");
        await grid.RegisterBrand(claimed);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), claimed);

        var result = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8, grid.NewId("unregistered-brand"))).Expect(HttpStatusCode.OK);

        Assert.Equal("verification-requested", (string?)result["outcome"]);
        Assert.Equal(claimed, (string?)(await grid.Case((string)result["caseId"]!))["brandId"]);
    }

    [Fact]
    public async Task ScoreBelowVerify_IsOnlyRecorded_OnTheListingsNotices()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");
        await grid.RegisterListing(listingId, sellerId, brandId);

        var result = (await grid.RaiseFlag(listingId, detector, 0.69)).Expect(HttpStatusCode.OK);

        Assert.Equal("recorded", (string?)result["outcome"]);
        Assert.Null(result["caseId"]);
        var listing = await grid.Listing(listingId);
        Assert.False((bool)listing["status"]!["blocked"]!);
        var notice = Assert.Single(listing["notices"]!.AsArray())!;
        Assert.Equal("flag", (string?)notice["source"]);
        Assert.Equal(detector, (string?)notice["detector"]);
        Assert.Equal(0.69, (double)notice["score"]!);
        Assert.Null(notice["caseId"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task MidScore_WithNoBrandAnywhere_IsOnlyRecorded()
    {
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");
        await grid.RegisterListing(listingId, grid.NewId("seller"));

        var result = (await grid.RaiseFlag(listingId, detector, 0.8)).Expect(HttpStatusCode.OK);

        Assert.Equal("recorded", (string?)result["outcome"]);
        Assert.Null(result["caseId"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(detector, (string?)Assert.Single((await grid.Listing(listingId))["notices"]!.AsArray())!["detector"]);
    }

    [Fact]
    public async Task Flag_OnListingNotInCatalog_Is422()
    {
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");

        var problem = (await grid.RaiseFlag(listingId, detector, 0.99)).ExpectProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(listingId, (string?)problem["detail"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.DetectorStats(detector))["flags"]!);
    }

    [Fact]
    public async Task DetectorStats_CountEachOutcome()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var detector = grid.NewId("detector");
        var listings = await grid.SellerWithListings(grid.NewId("seller"), 4, brandId);

        (await grid.RaiseFlag(listings[0], detector, 0.99)).Expect(HttpStatusCode.OK);
        (await grid.RaiseFlag(listings[1], detector, 0.85)).Expect(HttpStatusCode.OK);
        (await grid.RaiseFlag(listings[2], detector, 0.5)).Expect(HttpStatusCode.OK);
        (await grid.RaiseFlag(listings[3], detector, 0.1)).Expect(HttpStatusCode.OK);
        var stats = await grid.DetectorStats(detector);

        Assert.Equal(detector, (string?)stats["detector"]);
        Assert.Equal(4, (int)stats["flags"]!);
        Assert.Equal(1, (int)stats["takenDown"]!);
        Assert.Equal(1, (int)stats["verificationsRequested"]!);
        Assert.Equal(2, (int)stats["recorded"]!);
        Assert.Equal(0, (int)stats["confirmedCounterfeit"]!);
        Assert.Equal(0, (int)stats["foundGenuine"]!);
        Assert.Null(stats["verifiedPrecision"]);
    }
}
