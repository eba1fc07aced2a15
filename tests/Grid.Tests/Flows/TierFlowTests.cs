using System.Net;
using Grid.Contracts.Brands;
using Grid.Domain;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// Good Faith Takedown earned and lost through the API, under the shipped policy: 20 decided notices in 90 days,
/// at least 90% ending in a takedown, at most 5% overturned; a 90-day cooldown after an automatic removal.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class TierFlowTests(GridClusterFixture grid)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>A standard brand admitted by 20 upheld complaints, with <paramref name="pending"/> more still under review.</summary>
    private async Task<(string BrandId, HttpClient Brand, List<string> Pending)> AdmittedBrand(int pending)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var cases = await grid.FileForReview(brandId, brand, 20 + pending);
        await grid.DecideAll(cases.Take(20), "uphold");
        Assert.Equal("good-faith", await grid.Tier(brandId));
        return (brandId, brand, cases[20..]);
    }

    [Fact]
    public async Task StandardBrand_With20UpheldComplaints_EarnsGoodFaith_AndIts21stComplaintIsTakenDownAtOnce()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var cases = await grid.FileForReview(brandId, brand, 20);

        await grid.DecideAll(cases.Take(19), "uphold");
        Assert.Equal("standard", await grid.Tier(brandId));
        await grid.Decide(cases[19], "uphold");

        Assert.Equal("good-faith", await grid.Tier(brandId));
        var next = await grid.File(brandId, brand);
        Assert.Equal("taken-down", (string?)next["status"]);
        Assert.True((bool)(await grid.Status((string)next["listingId"]!))["blocked"]!);

        var events = await grid.EventsSoFar(brandId, brand);
        var changed = Assert.Single(events, e => e.Type == "tier-changed");
        Assert.Equal("standard", (string?)changed.Data["from"]);
        Assert.Equal("good-faith", (string?)changed.Data["to"]);
        Assert.Equal("admitted", (string?)changed.Data["reason"]);
        Assert.Equal(90, (int)changed.Data["windowDays"]!);
        var overall = changed.Data["figures"]!["overall"]!;
        Assert.Equal(20, (int)overall["decided"]!);
        Assert.Equal(20, (int)overall["takedowns"]!);
        Assert.Equal(1.0, (double)overall["successRate"]!);
        Assert.Equal(0.0, (double)overall["overturnedRate"]!);
        // Told right after the decision that earned it, before the 21st complaint was filed.
        var earnedBy = events.Single(e => e.Type == "case-decided" && (string?)e.Data["caseId"] == cases[19]);
        var filedNext = events.Single(e => e.Type == "complaint-filed" && (string?)e.Data["caseId"] == (string?)next["caseId"]);
        Assert.InRange(changed.Id, earnedBy.Id + 1, filedNext.Id - 1);
    }

    [Fact]
    public async Task GoodFaithBrand_WhoseNoticesGetRejected_FallsBackToStandard_AndWaitsForReviewAgain()
    {
        var (brandId, brand, pending) = await AdmittedBrand(pending: 3);

        await grid.DecideAll(pending.Take(2), "reject"); // 20 of 22: 90.9%
        Assert.Equal("good-faith", await grid.Tier(brandId));
        await grid.Decide(pending[2], "reject");          // 20 of 23: 87.0%

        Assert.Equal("standard", await grid.Tier(brandId));
        Assert.Equal("under-review", (string?)(await grid.File(brandId, brand))["status"]);
        var removed = (await grid.EventsSoFar(brandId, brand)).Where(e => e.Type == "tier-changed").ToList()[^1];
        Assert.Equal("good-faith", (string?)removed.Data["from"]);
        Assert.Equal("standard", (string?)removed.Data["to"]);
        Assert.Equal("success-rate-below-bound", (string?)removed.Data["reason"]);
        Assert.Null(removed.Data["kind"]);
        Assert.Equal(0.8696, (double)removed.Data["figures"]!["overall"]!["successRate"]!);
        Assert.Equal(3, (int)removed.Data["figures"]!["overall"]!["rejected"]!);
        var at = DateTimeOffset.Parse((string)removed.Data["at"]!);
        Assert.Equal(at + 90 * Day, DateTimeOffset.Parse((string)removed.Data["cooldownUntil"]!));
    }

    [Fact]
    public async Task RemovedBrand_IsNotReadmittedDuringTheCooldown_OnlyAfterIt()
    {
        var (brandId, brand, pending) = await AdmittedBrand(pending: 3);
        await grid.DecideAll(pending, "reject");
        Assert.Equal("standard", await grid.Tier(brandId));
        var cooldownUntil = DateTimeOffset.Parse((string)(await grid.Scorecard(brandId))["cooldownUntil"]!);

        // 30 of 33, then 50 of 53, would admit it; the cooldown says not yet.
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 10), "uphold");
        Assert.Equal("standard", await grid.Tier(brandId));
        grid.Clock.Advance(45 * Day);
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 20), "uphold");
        Assert.Equal("standard", await grid.Tier(brandId));

        // Past the cooldown, the window holds the 20 upheld at day 45 only: its next case step re-admits it.
        grid.Clock.Advance(46 * Day);
        Assert.True(grid.Clock.GetUtcNow() > cooldownUntil);
        Assert.Equal("under-review", (string?)(await grid.File(brandId, brand))["status"]);

        Assert.Equal("good-faith", await grid.Tier(brandId));
        Assert.Equal(20, (int)(await grid.Scorecard(brandId))["figures"]!["overall"]!["decided"]!);
        Assert.Equal("taken-down", (string?)(await grid.File(brandId, brand))["status"]);
    }

    [Fact]
    public async Task PinnedStandardBrand_StaysStandard_HoweverGoodItsRecord_UntilUnpinned()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        (await grid.Operator.Put($"/v1/brands/{brandId}/tier", new { tier = "standard", pinned = true })).Expect(HttpStatusCode.OK);

        await grid.DecideAll(await grid.FileForReview(brandId, brand, 20), "uphold");

        Assert.Equal("standard", await grid.Tier(brandId));
        Assert.Equal("under-review", (string?)(await grid.File(brandId, brand))["status"]);
        Assert.DoesNotContain(await grid.EventsSoFar(brandId, brand), e => e.Type == "tier-changed");

        (await grid.Operator.Put($"/v1/brands/{brandId}/tier", new { tier = "standard", pinned = false })).Expect(HttpStatusCode.OK);
        Assert.Equal("under-review", (string?)(await grid.File(brandId, brand))["status"]); // its filing step applies the rule
        Assert.Equal("taken-down", (string?)(await grid.File(brandId, brand))["status"]);
    }

    [Fact]
    public async Task PinnedGoodFaithBrand_StaysGoodFaith_WhenEveryNoticeIsRejected()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var cases = await grid.FileForReview(brandId, brand, 20);
        (await grid.Operator.Put($"/v1/brands/{brandId}/tier", new { tier = "good-faith", pinned = true })).Expect(HttpStatusCode.OK);

        await grid.DecideAll(cases, "reject");

        Assert.Equal("good-faith", await grid.Tier(brandId));
        var scorecard = await grid.Scorecard(brandId);
        Assert.True((bool)scorecard["pinned"]!);
        Assert.Equal(0.0, (double)scorecard["figures"]!["overall"]!["successRate"]!);
    }

    [Fact]
    public async Task NoticesDecidedBeforeTheWindow_StopCounting()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 19), "uphold");
        Assert.Equal(19, (int)(await grid.Scorecard(brandId))["figures"]!["overall"]!["decided"]!);

        grid.Clock.Advance(90 * Day);
        await grid.DecideAll(await grid.FileForReview(brandId, brand, 1), "uphold");

        var overall = (await grid.Scorecard(brandId))["figures"]!["overall"]!;
        Assert.Equal(1, (int)overall["decided"]!);
        Assert.Equal("standard", await grid.Tier(brandId));
        Assert.Equal(20, (int)(await grid.Brand(brandId))["accuracy"]!["upheld"]!); // the all-time record keeps them
    }

    [Fact]
    public async Task RetractingATakedown_TakesItOutOfTheFigures()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var caseId = (string)(await grid.File(brandId, brand, "design"))["caseId"]!;
        Assert.Equal(1, (int)(await grid.Scorecard(brandId))["figures"]!["overall"]!["takedowns"]!);

        (await brand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);

        var scorecard = await grid.Scorecard(brandId);
        Assert.Equal(0, (int)scorecard["figures"]!["overall"]!["decided"]!);
        Assert.Equal(0, (int)scorecard["figures"]!["byKind"]![4]!["decided"]!);
    }

    [Fact]
    public async Task ATakedownOverturnedDaysLater_MovesFromTakedownsToOverturned_InItsKind()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var filed = await grid.File(brandId, brand, "copyright");
        var caseId = (string)filed["caseId"]!;
        grid.Clock.Advance(10 * Day);

        // A seller's counter-notice succeeds (here filed and granted by operators).
        (await grid.Operator.Post($"/v1/cases/{caseId}/appeal", new { statement = "Licensed copy; licence 88." })).Expect(HttpStatusCode.OK);
        (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "grant" })).Expect(HttpStatusCode.OK);

        var copyright = (await grid.Scorecard(brandId))["figures"]!["byKind"]![2]!;
        Assert.Equal("copyright", (string?)copyright["kind"]);
        Assert.Equal([1, 0, 1], new[] { "decided", "takedowns", "overturned" }.Select(f => (int)copyright[f]!));
        Assert.Equal(1.0, (double)copyright["overturnedRate"]!);
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(0, (int)accuracy["upheld"]!);
        Assert.Equal(1, (int)accuracy["overturned"]!);
    }
}
