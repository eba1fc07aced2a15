using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Flow 4: an operator reviews a standard brand's complaint.</summary>
[Collection(GridCollection.Name)]
public sealed class ReviewFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task Uphold_BlocksListingOnTheVeryNextStatusCall_StrikesSeller_CountsUpheldForBrand()
    {
        var (brandId, listingId, sellerId, caseId) = await ComplaintUnderReview();

        var decided = (await grid.Operator.Decide(caseId, "uphold", "Logo and packaging do not match the registration.")).Expect(HttpStatusCode.OK);

        Assert.Equal("upheld", (string?)decided["status"]);
        Assert.NotNull(decided["decidedAt"]);
        Assert.Equal(["filed", "under-review", "upheld"], decided["history"]!.AsArray().Select(h => (string)h!["status"]!));
        Assert.Equal("Logo and packaging do not match the registration.", (string?)decided["history"]![2]!["note"]);
        Assert.Equal("notice", (string?)decided["statement"]!["source"]);
        Assert.False((bool)decided["statement"]!["automatedDecision"]!);
        var status = await grid.Status(listingId);
        Assert.True((bool)status["blocked"]!);
        Assert.Equal("takedown", (string?)status["reason"]);
        Assert.Equal(caseId, (string?)status["caseId"]);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
        Assert.Equal(caseId, (string?)seller["strikes"]![0]!["caseId"]);
        Assert.Equal("warning", (string?)seller["penalty"]!["kind"]);
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(1, (int)accuracy["upheld"]!);
        Assert.Equal(0, (int)accuracy["rejected"]!);
        Assert.Equal(1.0, (double)accuracy["ratio"]!);
    }

    [Fact]
    public async Task Reject_LeavesListingUntouched_NoStrike_CountsRejectedForBrand()
    {
        var (brandId, listingId, sellerId, caseId) = await ComplaintUnderReview();

        var decided = (await grid.Operator.Decide(caseId, "reject", "Authorised reseller; invoice on file.")).Expect(HttpStatusCode.OK);

        Assert.Equal("rejected", (string?)decided["status"]);
        Assert.Null(decided["statement"]);
        var status = await grid.Status(listingId);
        Assert.False((bool)status["blocked"]!);
        Assert.Null((string?)status["reason"]);
        Assert.Null((string?)status["caseId"]);
        var seller = await grid.Seller(sellerId);
        Assert.Equal(0, (int)seller["activeStrikes"]!);
        Assert.Empty(seller["strikes"]!.AsArray());
        Assert.Equal("none", (string?)seller["penalty"]!["kind"]);
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(0, (int)accuracy["upheld"]!);
        Assert.Equal(1, (int)accuracy["rejected"]!);
        Assert.Equal(0.0, (double)accuracy["ratio"]!);
    }

    [Theory]
    [InlineData("uphold", "uphold")]
    [InlineData("uphold", "reject")]
    [InlineData("reject", "uphold")]
    [InlineData("reject", "reject")]
    public async Task DecidingTwice_Is409ProblemDetails_AndChangesNothing(string first, string second)
    {
        var (brandId, listingId, sellerId, caseId) = await ComplaintUnderReview();
        (await grid.Operator.Decide(caseId, first)).Expect(HttpStatusCode.OK);
        var before = await Snapshot(brandId, listingId, sellerId, caseId);

        var problem = (await grid.Operator.Decide(caseId, second, "second thoughts")).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Contains(caseId, (string?)problem["detail"]);
        var after = await Snapshot(brandId, listingId, sellerId, caseId);
        Assert.True(JsonNode.DeepEquals(before, after), $"Before: {before.ToJsonString()}\nAfter: {after.ToJsonString()}");
    }

    [Fact]
    public async Task Reject_FreesTheNotice_SoTheBrandMayComplainAgain()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var firstCase = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        (await grid.Operator.Decide(firstCase, "reject")).Expect(HttpStatusCode.OK);

        var again = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);

        Assert.NotEqual(firstCase, (string?)again["caseId"]);
        Assert.Equal("under-review", (string?)again["status"]);
        Assert.Equal("rejected", (string?)(await grid.Case(firstCase))["status"]);
    }

    [Theory]
    [InlineData("""{"decision":"maybe"}""")]
    [InlineData("""{"decision":0}""")]
    [InlineData("""{"note":"no decision"}""")]
    [InlineData("""{"decision":"uphold","note":"bell\u0007"}""")]
    [InlineData("")]
    public async Task MalformedDecision_Is400_AndChangesNothing(string body)
    {
        var (_, listingId, sellerId, caseId) = await ComplaintUnderReview();

        (await grid.Operator.Send(HttpMethod.Post, $"/v1/complaints/{caseId}/decision", body)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Equal("under-review", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task DecisionOnAFlagCase_Is409_BecauseFlagsAreVerifiedByTheBrandNotReviewed()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var caseId = (string)(await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK)["caseId"]!;

        (await grid.Operator.Decide(caseId, "uphold")).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal("verification-requested", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task BrandKey_CannotDecide_403()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, _) = grid.NewSeller();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        (await brand.Decide(caseId, "uphold")).ExpectProblem(HttpStatusCode.Forbidden);

        Assert.Equal("under-review", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task DecisionOnUnknownCase_Is404()
    {
        var problem = (await grid.Operator.Decide(Guid.NewGuid().ToString(), "uphold")).ExpectProblem(HttpStatusCode.NotFound);

        Assert.NotNull((string?)problem["detail"]);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("12345")]
    public async Task DecisionOnNonUuidCaseId_Is400(string caseId)
    {
        var problem = (await grid.Operator.Decide(caseId, "uphold")).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["caseId"]);
    }

    [Fact]
    public async Task Brand_IsReadableByOperatorAndItsOwnKey_WithTierAndAccuracy()
    {
        var (brandId, brand) = grid.NewBrand();
        var (_, otherBrand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");

        var asOperator = (await grid.Operator.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK);
        var asItself = (await brand.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK);

        Assert.Equal("good-faith", (string?)asOperator["tier"]);
        Assert.Equal(0, (int)asOperator["accuracy"]!["upheld"]!);
        Assert.Equal(0, (int)asOperator["accuracy"]!["rejected"]!);
        Assert.Null(asOperator["accuracy"]!["ratio"]);
        Assert.True(JsonNode.DeepEquals(asOperator, asItself));
        (await otherBrand.Get($"/v1/brands/{brandId}")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    /// <summary>A standard brand's complaint on a fresh seller's listing, waiting for review.</summary>
    private async Task<(string BrandId, string ListingId, string SellerId, string CaseId)> ComplaintUnderReview()
    {
        var (brandId, brand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        Assert.Equal("under-review", (string?)filed["status"]);
        return (brandId, listingId, sellerId, (string)filed["caseId"]!);
    }

    private async Task<JsonObject> Snapshot(string brandId, string listingId, string sellerId, string caseId) => new()
    {
        ["case"] = await grid.Case(caseId),
        ["listing"] = await grid.Listing(listingId),
        ["seller"] = await grid.Seller(sellerId),
        ["brand"] = await grid.Brand(brandId),
    };
}
