using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Flow 6: a brand answers a verification request opened by a mid-score flag.</summary>
[Collection(GridCollection.Name)]
public sealed class VerificationFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task Counterfeit_BlocksListing_StrikesSeller_CaseTakenDown()
    {
        var v = await VerificationRequested();

        var answered = (await v.Brand.Verify(v.CaseId, "counterfeit")).Expect(HttpStatusCode.OK);

        Assert.Equal("taken-down", (string?)answered["status"]);
        Assert.Equal(["filed", "verification-requested", "taken-down"], answered["history"]!.AsArray().Select(h => (string)h!["status"]!));
        Assert.True((bool)answered["statement"]!["automatedDetection"]!);
        Assert.False((bool)answered["statement"]!["automatedDecision"]!);
        var status = await grid.Status(v.ListingId);
        Assert.True((bool)status["blocked"]!);
        Assert.Equal("takedown", (string?)status["reason"]);
        Assert.Equal(v.CaseId, (string?)status["caseId"]);
        Assert.Equal(1, (int)(await grid.Seller(v.SellerId))["activeStrikes"]!);
        Assert.Equal("taken-down", (string?)(await grid.Case(v.CaseId))["status"]);
        var detector = await grid.DetectorStats(v.Detector);
        Assert.Equal(1, (int)detector["confirmedCounterfeit"]!);
        Assert.Equal(0, (int)detector["foundGenuine"]!);
        Assert.Equal(1, (int)(await grid.Brand(v.BrandId))["accuracy"]!["verifiedCounterfeit"]!);
    }

    [Fact]
    public async Task Genuine_ClearsCase_ListingStaysUp_DetectorRemembersFoundGenuine()
    {
        var v = await VerificationRequested();

        var answered = (await v.Brand.Verify(v.CaseId, "genuine")).Expect(HttpStatusCode.OK);

        Assert.Equal("cleared", (string?)answered["status"]);
        Assert.Null(answered["statement"]);
        Assert.Equal("cleared", (string?)(await grid.Case(v.CaseId))["status"]);
        Assert.False((bool)(await grid.Status(v.ListingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.Seller(v.SellerId))["activeStrikes"]!);
        var detector = await grid.DetectorStats(v.Detector);
        Assert.Equal(1, (int)detector["foundGenuine"]!);
        Assert.Equal(0, (int)detector["confirmedCounterfeit"]!);
        Assert.Equal(0.0, (double)detector["verifiedPrecision"]!);
        Assert.Equal(1, (int)(await grid.Brand(v.BrandId))["accuracy"]!["verifiedGenuine"]!);
    }

    [Fact]
    public async Task AnotherBrandsKey_Is403_AndChangesNothing()
    {
        var v = await VerificationRequested();
        var (otherBrandId, otherBrand) = grid.NewBrand();
        await grid.RegisterBrand(otherBrandId);

        (await otherBrand.Verify(v.CaseId, "counterfeit")).ExpectProblem(HttpStatusCode.Forbidden);

        Assert.Equal("verification-requested", (string?)(await grid.Case(v.CaseId))["status"]);
        Assert.False((bool)(await grid.Status(v.ListingId))["blocked"]!);
    }

    [Fact]
    public async Task OperatorKey_Is403_BecauseOnlyBrandsAnswer()
    {
        var v = await VerificationRequested();

        (await grid.Operator.Verify(v.CaseId, "counterfeit")).ExpectProblem(HttpStatusCode.Forbidden);

        Assert.Equal("verification-requested", (string?)(await grid.Case(v.CaseId))["status"]);
        Assert.False((bool)(await grid.Status(v.ListingId))["blocked"]!);
    }

    [Theory]
    [InlineData("counterfeit", "counterfeit")]
    [InlineData("counterfeit", "genuine")]
    [InlineData("genuine", "counterfeit")]
    [InlineData("genuine", "genuine")]
    public async Task AnsweringTwice_Is409_AndKeepsTheFirstAnswer(string first, string second)
    {
        var v = await VerificationRequested();
        var firstAnswer = (await v.Brand.Verify(v.CaseId, first)).Expect(HttpStatusCode.OK);
        var blockedAfterFirst = (bool)(await grid.Status(v.ListingId))["blocked"]!;

        (await v.Brand.Verify(v.CaseId, second)).ExpectProblem(HttpStatusCode.Conflict);

        var read = await grid.Case(v.CaseId);
        Assert.Equal((string?)firstAnswer["status"], (string?)read["status"]);
        Assert.Equal(3, read["history"]!.AsArray().Count);
        Assert.Equal(blockedAfterFirst, (bool)(await grid.Status(v.ListingId))["blocked"]!);
        Assert.Equal(blockedAfterFirst ? 1 : 0, (int)(await grid.Seller(v.SellerId))["activeStrikes"]!);
        var detector = await grid.DetectorStats(v.Detector);
        Assert.Equal(1, (int)detector["confirmedCounterfeit"]! + (int)detector["foundGenuine"]!);
    }

    [Fact]
    public async Task BrandCannotAnswerItsOwnComplaintAsAVerification_409()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        (await brand.Verify(caseId, "counterfeit")).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal("under-review", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Theory]
    [InlineData("""{"verdict":"fake"}""")]
    [InlineData("""{"verdict":null}""")]
    [InlineData("""{}""")]
    public async Task MalformedVerdict_Is400_AndChangesNothing(string body)
    {
        var v = await VerificationRequested();

        (await v.Brand.Send(HttpMethod.Post, $"/v1/verifications/{v.CaseId}", body)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Equal("verification-requested", (string?)(await grid.Case(v.CaseId))["status"]);
        Assert.False((bool)(await grid.Status(v.ListingId))["blocked"]!);
    }

    [Fact]
    public async Task AnswerOnNonUuidCaseId_Is400()
    {
        var (_, brand) = grid.NewBrand();

        (await brand.Verify("case-42", "genuine")).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnswerOnUnknownCase_Is404()
    {
        var (_, brand) = grid.NewBrand();

        (await brand.Verify(Guid.NewGuid().ToString(), "genuine")).ExpectProblem(HttpStatusCode.NotFound);
    }

    private sealed record Verification(string BrandId, HttpClient Brand, string SellerId, string ListingId, string Detector, string CaseId);

    /// <summary>A mid-score flag on a registered brand's listing: a verification request waiting for the brand.</summary>
    private async Task<Verification> VerificationRequested()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var flagged = (await grid.RaiseFlag(listingId, detector, 0.85)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)flagged["outcome"]);
        return new Verification(brandId, brand, sellerId, listingId, detector, (string)flagged["caseId"]!);
    }
}
