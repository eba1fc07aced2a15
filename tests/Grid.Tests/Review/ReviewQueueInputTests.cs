using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Review;

/// <summary>The review queue is for operators only, and every bad query value is a 400 naming it, never a 500.</summary>
[Collection(GridCollection.Name)]
public sealed class ReviewQueueInputTests(GridClusterFixture grid)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/v1/review-queue" },
        { "POST", $"/v1/review-queue/{Guid.NewGuid()}/claim" },
        { "DELETE", $"/v1/review-queue/{Guid.NewGuid()}/claim" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task NoKey_Is401(string method, string path)
    {
        (await grid.Http(null).SendRaw(new HttpMethod(method), path)).ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryKeyButAnOperators_Is403(string method, string path)
    {
        var (_, brand) = grid.NewBrand();
        var (_, seller) = grid.NewSeller();
        foreach (var caller in new[] { brand, seller, grid.Frontend, grid.Catalog, grid.Detector })
            (await caller.SendRaw(new HttpMethod(method), path)).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BrandKey_CannotClaimItsOwnCase()
    {
        var brand = await grid.StandardBrand();
        var filed = await grid.ComplaintUnderReview(brand);

        (await brand.Http.Claim(filed.CaseId())).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Null((await grid.Case(filed.CaseId()))["claimedBy"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=1e3", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("overdue=yes", "overdue")]
    [InlineData("overdue=1", "overdue")]
    [InlineData("claimed=maybe", "claimed")]
    [InlineData("state=upheld", "state")]
    [InlineData("state=bogus", "state")]
    [InlineData("state=UNDER-REVIEW", "state")]
    [InlineData("after=garbage", "after")]
    [InlineData("after=%00%01%02", "after")]
    [InlineData("after=AgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE", "after")] // a well-formed cursor of a version we never made
    [InlineData("brand=%01control", "brand")]
    [InlineData("brand=%20padded%20", "brand")]
    [InlineData("marketplace=TAOBAO", "marketplace")]
    [InlineData("marketplace=taobao%2Ftmall", "marketplace")]
    [InlineData("brand=a&brand=b", "brand")]
    [InlineData("limit=5&limit=6", "limit")]
    public async Task BadQueryValue_Is400_NamingIt(string query, string field)
    {
        var problem = (await grid.Operator.SendRaw(HttpMethod.Get, $"/v1/review-queue?{query}")).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task OverlongValues_Are400_NotA500()
    {
        var huge = new string('a', 2000);

        var problem = (await grid.Operator.SendRaw(HttpMethod.Get, $"/v1/review-queue?brand={huge}&after={huge}")).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["brand"]);
        Assert.NotNull(problem["errors"]!["after"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task ClaimOfANonUuid_Is400_NamingTheCaseId(string method)
    {
        var problem = (await grid.Operator.SendRaw(new HttpMethod(method), "/v1/review-queue/not-a-case/claim")).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["caseId"]);
    }

    [Fact]
    public async Task UnknownQueryParameters_AreIgnored()
    {
        (await grid.Operator.Get("/v1/review-queue?limit=1&colour=blue")).Expect(HttpStatusCode.OK);
    }
}
