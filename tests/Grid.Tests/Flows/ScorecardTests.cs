using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>GET /v1/brands/{brandId}/scorecard, and an operator setting and pinning a tier.</summary>
[Collection(GridCollection.Name)]
public sealed class ScorecardTests(GridClusterFixture grid)
{
    [Fact]
    public async Task Scorecard_ShowsTierPinWindowFiguresPerKind_AndTheThresholds()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 2), "uphold");
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 1, "patent"), "reject");
        var withdrawn = (await grid.FileForReview(brandId, brand, 1, "trademark"))[0];
        (await brand.Post($"/v1/cases/{withdrawn}/retract", null)).Expect(HttpStatusCode.OK);
        await grid.FileForReview(brandId, brand, 1, "design"); // pending: not decided yet

        var scorecard = (await brand.Get($"/v1/brands/{brandId}/scorecard")).Expect(HttpStatusCode.OK);

        Assert.Equal(brandId, (string?)scorecard["brandId"]);
        Assert.Equal("standard", (string?)scorecard["tier"]);
        Assert.False((bool)scorecard["pinned"]!);
        Assert.Null(scorecard["cooldownUntil"]);
        var window = scorecard["window"]!;
        Assert.Equal(90, (int)window["days"]!);
        var (from, to) = (DateTimeOffset.Parse((string)window["from"]!), DateTimeOffset.Parse((string)window["to"]!));
        Assert.Equal(grid.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-89), from.UtcDateTime);
        Assert.True(to <= grid.Clock.GetUtcNow() && to > from);

        var overall = scorecard["figures"]!["overall"]!;
        Assert.Equal([3, 2, 1, 0], new[] { "decided", "takedowns", "rejected", "overturned" }.Select(f => (int)overall[f]!));
        Assert.Equal(0.6667, (double)overall["successRate"]!);
        Assert.Equal(0.0, (double)overall["overturnedRate"]!);

        var byKind = scorecard["figures"]!["byKind"]!.AsArray();
        Assert.Equal(["counterfeit", "trademark", "copyright", "patent", "design"], byKind.Select(k => (string)k!["kind"]!));
        Assert.Equal([2, 0, 0, 1, 0], byKind.Select(k => (int)k!["decided"]!));
        Assert.Equal(0.0, (double)byKind[3]!["successRate"]!);
        Assert.Null(byKind[1]!["successRate"]);
        Assert.Null(byKind[1]!["overturnedRate"]);

        var thresholds = scorecard["thresholds"]!;
        Assert.Equal(20, (int)thresholds["minDecidedNotices"]!);
        Assert.Equal(0.9, (double)thresholds["admitSuccessRate"]!);
        Assert.Equal(0.05, (double)thresholds["maxOverturnedRate"]!);
        Assert.Equal(90, (int)thresholds["cooldownDays"]!);
    }

    [Fact]
    public async Task Scorecard_IsTheBrandsOwn_OrAnOperators()
    {
        var (brandId, brand) = grid.NewBrand();
        var (_, otherBrand) = grid.NewBrand();
        var (_, seller) = grid.NewSeller();
        await grid.RegisterBrand(brandId);
        var path = $"/v1/brands/{brandId}/scorecard";

        (await brand.Get(path)).Expect(HttpStatusCode.OK);
        (await grid.Operator.Get(path)).Expect(HttpStatusCode.OK);
        (await otherBrand.SendRaw(HttpMethod.Get, path)).ExpectProblem(HttpStatusCode.Forbidden);
        (await seller.SendRaw(HttpMethod.Get, path)).ExpectProblem(HttpStatusCode.Forbidden);
        (await grid.Frontend.SendRaw(HttpMethod.Get, path)).ExpectProblem(HttpStatusCode.Forbidden);
        (await grid.Http(null).SendRaw(HttpMethod.Get, path)).ExpectProblem(HttpStatusCode.Unauthorized);
        (await grid.Http("not-a-grid-key-at-all").SendRaw(HttpMethod.Get, path)).ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ScorecardOfAnUnregisteredBrand_Is404()
    {
        (await grid.Operator.SendRaw(HttpMethod.Get, $"/v1/brands/{grid.NewId("brand")}/scorecard")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("%0A")]
    [InlineData("a%1Bb")]
    [InlineData("%20padded")]
    [InlineData("{X:129}")]
    public async Task ScorecardWithAHostileBrandId_Is400_NamingTheField(string id)
    {
        var response = await grid.Operator.SendRaw(HttpMethod.Get, $"/v1/brands/{id.Replace("{X:129}", new string('x', 129))}/scorecard");

        var problem = response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["brandId"]);
    }

    [Fact]
    public async Task OperatorSettingATier_PinsIt_AndTellsTheBrand_Once()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);

        var view = (await grid.Operator.Put($"/v1/brands/{brandId}/tier", new { tier = "good-faith", pinned = true })).Expect(HttpStatusCode.OK);
        (await grid.Operator.Put($"/v1/brands/{brandId}/tier", new { tier = "good-faith", pinned = true })).Expect(HttpStatusCode.OK);

        Assert.Equal("good-faith", (string?)view["tier"]);
        Assert.True((bool)view["tierPinned"]!);
        Assert.True((bool)(await grid.Scorecard(brandId))["pinned"]!);
        var changed = Assert.Single(await grid.EventsSoFar(brandId, brand), e => e.Type == "tier-changed");
        Assert.Equal("set-by-operator", (string?)changed.Data["reason"]);
        Assert.True((bool)changed.Data["pinned"]!);
        Assert.Equal("taken-down", (string?)(await grid.File(brandId, brand))["status"]);
    }

    [Fact]
    public async Task OperatorReRegisteringABrandWithAnotherTier_IsATierChange()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);

        await grid.RegisterBrand(brandId, "good-faith");

        var changed = Assert.Single(await grid.EventsSoFar(brandId, brand), e => e.Type == "tier-changed");
        Assert.Equal("set-by-operator", (string?)changed.Data["reason"]);
        Assert.Equal("good-faith", await grid.Tier(brandId));
    }

    [Fact]
    public async Task SettingTheTierOfAnUnregisteredBrand_Is404_AndRegistersNothing()
    {
        var brandId = grid.NewId("brand");

        (await grid.Operator.SendRaw(HttpMethod.Put, $"/v1/brands/{brandId}/tier", """{"tier":"good-faith","pinned":true}"""))
            .ExpectProblem(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, (await grid.Operator.Get($"/v1/brands/{brandId}")).Status);
    }

    [Theory]
    [InlineData("""{"pinned":true}""", "tier")]
    [InlineData("""{"tier":"good-faith"}""", "pinned")]
    public async Task SettingATierWithoutTierOrPinned_Is400_NamingTheField(string body, string field)
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);

        var problem = (await grid.Operator.SendRaw(HttpMethod.Put, $"/v1/brands/{brandId}/tier", body)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal("standard", await grid.Tier(brandId));
    }
}
