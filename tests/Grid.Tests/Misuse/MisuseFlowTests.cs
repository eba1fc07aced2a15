using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Misuse;

/// <summary>
/// Misuse controls (DSA art. 23) through the API, under the shipped policy: 10 decided notices in 30 days with at
/// least half rejected is a breach; warned at once, demoted after 7 more days, suspended after 7 more, for 14 days.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class MisuseFlowTests(GridClusterFixture grid)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private async Task<JsonNode> Misuse(string brandId) => (await grid.Brand(brandId))["misuse"]!;

    [Fact]
    public async Task BrandWhoseNoticesAreRejected_IsWarned_Demoted_Suspended_ThenFilesAgain()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        Assert.Equal("none", (string?)(await Misuse(brandId))["level"]);

        var cases = await grid.FileForReview(brandId, brand, 10);
        await grid.DecideAll(cases.Take(9), "reject");
        Assert.Equal("none", (string?)(await Misuse(brandId))["level"]); // 9 decided: too few to judge
        await grid.Decide(cases[9], "reject");

        var warned = await Misuse(brandId);
        Assert.Equal("warned", (string?)warned["level"]);
        Assert.NotNull(warned["since"]);
        Assert.Null(warned["until"]);
        var told = Assert.Single(await grid.EventsSoFar(brandId, brand), e => e.Type == "misuse-level-changed");
        Assert.Equal("none", (string?)told.Data["from"]);
        Assert.Equal("warned", (string?)told.Data["to"]);
        Assert.Equal(10, (int)told.Data["figures"]!["decided"]!);
        Assert.Equal(10, (int)told.Data["figures"]!["rejected"]!);
        Assert.Equal(1.0, (double)told.Data["figures"]!["rejectedRate"]!);
        Assert.Equal(30, (int)told.Data["figures"]!["windowDays"]!);

        // Still breaching a week on: demoted, and the complaint filed now waits behind everyone else's.
        grid.Clock.Advance(7 * Day);
        var demotedCase = await grid.File(brandId, brand);
        Assert.Equal("demoted", (string?)(await Misuse(brandId))["level"]);
        var queued = (await grid.QueuePage($"brand={brandId}")).Items().Single(i => (string?)i["caseId"] == demotedCase.CaseId());
        Assert.Equal("demoted", (string?)queued["priority"]);

        // Another week: suspended from filing, and no case is opened.
        grid.Clock.Advance(7 * Day);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var refused = (await brand.Post("/v1/complaints", Scenario.Complaint(brandId, listingId))).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Contains("suspended from filing until", (string?)refused["detail"]);
        var suspended = await Misuse(brandId);
        Assert.Equal("suspended", (string?)suspended["level"]);
        var until = DateTimeOffset.Parse((string)suspended["until"]!);
        Assert.Equal(DateTimeOffset.Parse((string)suspended["since"]!) + 14 * Day, until);

        // The suspension runs out; the rejections are still in the 30-day window, so the brand is back to demoted.
        grid.Clock.Advance(14 * Day);
        Assert.Equal("under-review", (string?)(await grid.File(brandId, brand))["status"]);
        Assert.Equal("demoted", (string?)(await Misuse(brandId))["level"]);
        var events = await grid.EventsSoFar(brandId, brand);
        Assert.Equal(12, events.Count(e => e.Type == "complaint-filed")); // the refused one opened no case
        var steps = events.Where(e => e.Type == "misuse-level-changed")
            .Select(e => $"{e.Data["from"]}>{e.Data["to"]}").ToList();
        Assert.Equal(["none>warned", "warned>demoted", "demoted>suspended", "suspended>demoted"], steps);
    }

    [Fact]
    public async Task BrandWithMostNoticesUpheld_IsNeverWarned()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var cases = await grid.FileForReview(brandId, brand, 10);
        await grid.DecideAll(cases.Take(4), "reject");
        await grid.DecideAll(cases.Skip(4), "uphold");

        Assert.Equal("none", (string?)(await Misuse(brandId))["level"]);
        Assert.DoesNotContain(await grid.EventsSoFar(brandId, brand), e => e.Type == "misuse-level-changed");
    }
}
