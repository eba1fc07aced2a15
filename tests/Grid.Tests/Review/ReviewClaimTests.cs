using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Review;

/// <summary>
/// Claims: an operator takes a case from the queue so no other operator decides it; the claim lives on the
/// case (so the check and the decision are one step), shows in the queue, and lapses after ClaimMinutes (30).
/// </summary>
[Collection(GridCollection.Name)]
public sealed class ReviewClaimTests(GridClusterFixture grid)
{
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(30);

    private async Task<(string BrandId, string CaseId)> OpenCase()
    {
        var brand = await grid.StandardBrand();
        return (brand.BrandId, (await grid.ComplaintUnderReview(brand)).CaseId());
    }

    [Fact]
    public async Task Claim_IsGrantedForThirtyMinutes_AndShowsInTheQueueAndOnTheCase()
    {
        var (brandId, caseId) = await OpenCase();

        var claim = (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        Assert.Equal(caseId, claim.CaseId());
        var claimedBy = (string?)claim["claimedBy"];
        Assert.StartsWith("operator:", claimedBy);
        var until = DateTimeOffset.Parse((string)claim["claimUntil"]!);
        Assert.Equal(grid.Clock.GetUtcNow() + ClaimTime, until);
        var item = (await grid.QueuePage($"brand={brandId}")).Items().Single();
        Assert.Equal(claimedBy, (string?)item["claimedBy"]);
        Assert.Equal(until, DateTimeOffset.Parse((string)item["claimUntil"]!));
        var view = await grid.Case(caseId);
        Assert.Equal(claimedBy, (string?)view["claimedBy"]);
        Assert.Equal(until, DateTimeOffset.Parse((string)view["claimUntil"]!));
    }

    [Fact]
    public async Task ClaimedCase_CannotBeClaimedByAnotherOperator()
    {
        var (_, caseId) = await OpenCase();
        var claim = (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        var refused = (await grid.SecondOperator.Claim(caseId)).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Contains((string)claim["claimedBy"]!, (string?)refused["detail"]);
    }

    [Fact]
    public async Task ClaimingAgain_ExtendsTheOperatorsOwnClaim()
    {
        var (_, caseId) = await OpenCase();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);
        grid.Clock.Advance(TimeSpan.FromMinutes(20));

        var extended = (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        Assert.Equal(grid.Clock.GetUtcNow() + ClaimTime, DateTimeOffset.Parse((string)extended["claimUntil"]!));
        grid.Clock.Advance(TimeSpan.FromMinutes(20));
        (await grid.SecondOperator.Claim(caseId)).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnotherOperatorsDecision_OnAClaimedCase_Is409_AndChangesNothing()
    {
        var (brandId, caseId) = await OpenCase();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        (await grid.SecondOperator.Decide(caseId, "reject")).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal("under-review", (string?)(await grid.Case(caseId))["status"]);
        Assert.Equal([caseId], await grid.QueuedCaseIds($"brand={brandId}"));
    }

    [Fact]
    public async Task ClaimHolder_Decides_AndTheCaseLeavesTheQueue()
    {
        var (brandId, caseId) = await OpenCase();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        var decided = (await grid.Operator.Decide(caseId, "uphold")).Expect(HttpStatusCode.OK);

        Assert.Equal("upheld", (string?)decided["status"]);
        Assert.Null(decided["claimedBy"]);
        Assert.Empty(await grid.QueuedCaseIds($"brand={brandId}"));
    }

    [Fact]
    public async Task AfterTheClaimLapses_AnotherOperatorMayClaimAndDecide()
    {
        var (brandId, caseId) = await OpenCase();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);
        grid.Clock.Advance(ClaimTime + TimeSpan.FromMinutes(1));

        var item = (await grid.QueuePage($"brand={brandId}")).Items().Single();
        Assert.Null(item["claimedBy"]);
        Assert.Null((await grid.Case(caseId))["claimedBy"]);

        var taken = (await grid.SecondOperator.Claim(caseId)).Expect(HttpStatusCode.OK);
        (await grid.Operator.Decide(caseId, "uphold")).ExpectProblem(HttpStatusCode.Conflict);
        (await grid.SecondOperator.Decide(caseId, "reject")).Expect(HttpStatusCode.OK);
        Assert.StartsWith("operator:", (string?)taken["claimedBy"]);
    }

    [Fact]
    public async Task UnclaimedCase_AnyOperatorMayDecide()
    {
        var (_, caseId) = await OpenCase();

        (await grid.SecondOperator.Decide(caseId, "uphold")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Release_GivesTheCaseBack_ToAnyOperator()
    {
        var (brandId, caseId) = await OpenCase();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);
        (await grid.SecondOperator.Release(caseId)).ExpectProblem(HttpStatusCode.Conflict);

        var released = (await grid.Operator.Release(caseId)).Expect(HttpStatusCode.OK);

        Assert.Null(released["claimedBy"]);
        Assert.Null((await grid.QueuePage($"brand={brandId}")).Items().Single()["claimedBy"]);
        (await grid.SecondOperator.Claim(caseId)).Expect(HttpStatusCode.OK);
        (await grid.SecondOperator.Release(caseId)).Expect(HttpStatusCode.OK);
        (await grid.SecondOperator.Release(caseId)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ClaimedFilter_SplitsClaimedFromUnclaimed()
    {
        var brand = await grid.StandardBrand();
        var claimed = (await grid.ComplaintUnderReview(brand)).CaseId();
        var free = (await grid.ComplaintUnderReview(brand)).CaseId();
        (await grid.Operator.Claim(claimed)).Expect(HttpStatusCode.OK);

        Assert.Equal([claimed], await grid.QueuedCaseIds($"brand={brand.BrandId}&claimed=true"));
        Assert.Equal([free], await grid.QueuedCaseIds($"brand={brand.BrandId}&claimed=false"));
    }

    [Fact]
    public async Task UnknownCase_Is404()
    {
        (await grid.Operator.Claim(Guid.NewGuid().ToString())).ExpectProblem(HttpStatusCode.NotFound);
        (await grid.Operator.Release(Guid.NewGuid().ToString())).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DecidedCase_CannotBeClaimed()
    {
        var (_, caseId) = await OpenCase();
        await grid.Decide(caseId, "reject");

        (await grid.Operator.Claim(caseId)).ExpectProblem(HttpStatusCode.Conflict);
        (await grid.Operator.Release(caseId)).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task VerificationRequest_IsTheBrandsToAnswer_NotAnOperatorsToClaim()
    {
        var (brandId, _) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var flagged = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)flagged["outcome"]);

        (await grid.Operator.Claim((string)flagged["caseId"]!)).ExpectProblem(HttpStatusCode.Conflict);
        Assert.Empty(await grid.QueuedCaseIds($"brand={brandId}"));
    }

    [Fact]
    public async Task BrandRetracting_AClaimedComplaint_EndsTheClaim()
    {
        var brand = await grid.StandardBrand();
        var caseId = (await grid.ComplaintUnderReview(brand)).CaseId();
        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);

        var retracted = (await brand.Http.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);

        Assert.Null(retracted["claimedBy"]);
        Assert.Empty(await grid.QueuedCaseIds($"brand={brand.BrandId}"));
    }
}
