using System.Net;
using Grid.Contracts.Review;
using Grid.Domain;
using Grid.Domain.Review;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grid.Tests.Review;

/// <summary>
/// GET /v1/review-queue: open complaints in queue order, filtered and paged. The queue is shared by every
/// test, so each test reads it through a filter only its own cases match (a fresh brand or marketplace).
/// </summary>
[Collection(GridCollection.Name)]
public sealed class ReviewQueueTests(GridClusterFixture grid)
{
    [Fact]
    public async Task OpenComplaints_AreListed_EarliestDueFirst_WithWhatAnOperatorNeeds()
    {
        var brand = await grid.StandardBrand();
        var marketplace = ReviewQueueScenario.NewMarketplace();
        var first = await grid.ComplaintUnderReview(brand, marketplace);
        grid.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await grid.ComplaintUnderReview(brand, marketplace);
        grid.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await grid.QueuePage($"brand={brand.BrandId}");

        var items = page.Items();
        Assert.Equal([first.CaseId(), second.CaseId()], items.Select(i => i.CaseId()));
        Assert.Null(page["next"]);
        var item = items[0];
        Assert.Equal((string?)first["listingId"], (string?)item["listingId"]);
        Assert.Equal(brand.BrandId, (string?)item["brandId"]);
        Assert.Equal(marketplace, (string?)item["marketplace"]);
        Assert.Equal("under-review", (string?)item["status"]);
        Assert.Equal("standard", (string?)item["priority"]);
        Assert.Equal(DateTimeOffset.Parse((string)first["filedAt"]!), DateTimeOffset.Parse((string)item["filedAt"]!));
        Assert.Equal(DateTimeOffset.Parse((string)first["dueAt"]!), DateTimeOffset.Parse((string)item["dueAt"]!));
        Assert.False((bool)item["overdue"]!);
        Assert.Null(item["escalatedAt"]);
        Assert.Null(item["claimedBy"]);
        Assert.Null(item["claimUntil"]);
        Assert.Equal(15 * 60, (long)item["responseSeconds"]!);
        Assert.Equal(5 * 60, (long)items[1]["responseSeconds"]!);
    }

    [Fact]
    public async Task TrustedNotice_IsListedFirst_EvenWhenDueLater()
    {
        // Today a good-faith brand's complaint is taken down at once and never waits for review, so the
        // trusted entry is put into its partition directly, exactly as its case would put it.
        var brand = await grid.StandardBrand();
        var standard = await grid.ComplaintUnderReview(brand);
        var now = grid.Clock.GetUtcNow();
        var trusted = new ReviewEntry(Guid.NewGuid(), grid.NewId("listing"), brand.BrandId, "taobao", CaseStatus.UnderReview,
            ReviewPriority.Trusted, now, now.AddHours(96), null, null, null, 1);
        var partitions = grid.Cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<EnforcementPolicy>>().Value.Review.QueuePartitions;
        var partition = grid.Client.GetGrain<IReviewQueuePartitionGrain>(ReviewPartitions.Of(trusted.CaseId, partitions));
        await partition.Put(trusted);
        try
        {
            var items = (await grid.QueuePage($"brand={brand.BrandId}")).Items();

            Assert.Equal([trusted.CaseId.ToString(), standard.CaseId()], items.Select(i => i.CaseId()));
            Assert.Equal("trusted", (string?)items[0]["priority"]);
        }
        finally
        {
            await partition.Remove(trusted.CaseId, trusted.Revision);
        }
    }

    [Fact]
    public async Task ResponseTime_GrowsWhileTheCaseWaits_AndStopsAtItsDecision()
    {
        var brand = await grid.StandardBrand();
        var filed = await grid.ComplaintUnderReview(brand);
        grid.Clock.Advance(TimeSpan.FromHours(1));

        var waiting = (await grid.QueuePage($"brand={brand.BrandId}")).Items().Single();
        Assert.Equal(3600, (long)waiting["responseSeconds"]!);
        Assert.Equal(3600, (long)(await grid.Case(filed.CaseId()))["responseSeconds"]!);

        await grid.Decide(filed.CaseId(), "uphold");
        grid.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(3600, (long)(await grid.Case(filed.CaseId()))["responseSeconds"]!);
    }

    [Fact]
    public async Task MarketplaceFilter_ListsOnlyThatMarketplacesCases()
    {
        var brand = await grid.StandardBrand();
        var (here, there) = (ReviewQueueScenario.NewMarketplace(), ReviewQueueScenario.NewMarketplace());
        var wanted = await grid.ComplaintUnderReview(brand, here);
        await grid.ComplaintUnderReview(brand, there);

        Assert.Equal([wanted.CaseId()], await grid.QueuedCaseIds($"marketplace={here}"));
        Assert.Equal(2, (await grid.QueuedCaseIds($"brand={brand.BrandId}")).Length);
    }

    [Fact]
    public async Task BrandFilter_ListsOnlyThatBrandsCases()
    {
        var (brand, other) = (await grid.StandardBrand(), await grid.StandardBrand());
        var marketplace = ReviewQueueScenario.NewMarketplace();
        var wanted = await grid.ComplaintUnderReview(brand, marketplace);
        await grid.ComplaintUnderReview(other, marketplace);

        Assert.Equal([wanted.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}&marketplace={marketplace}"));
    }

    [Fact]
    public async Task StateFilter_UnderReview_ListsTheOpenComplaints()
    {
        var brand = await grid.StandardBrand();
        var filed = await grid.ComplaintUnderReview(brand);

        Assert.Equal([filed.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}&state=under-review"));
    }

    [Fact]
    public async Task OverdueFilter_SplitsPastDueFromInTime_AndTheEscalationShows()
    {
        var brand = await grid.StandardBrand();
        var late = await grid.ComplaintUnderReview(brand);
        grid.Clock.Advance(TimeSpan.FromHours(47));
        var inTime = await grid.ComplaintUnderReview(brand);
        grid.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal([late.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}&overdue=true"));
        Assert.Equal([inTime.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}&overdue=false"));

        // The deadline reminder escalates the overdue case; the queue shows when.
        var caseGrain = grid.Client.GetGrain<Grid.Contracts.Cases.ICaseGrain>(Guid.Parse(late.CaseId()));
        await grid.Client.Tick(caseGrain, "review-due");
        var items = (await grid.QueuePage($"brand={brand.BrandId}")).Items();
        Assert.Equal([late.CaseId(), inTime.CaseId()], items.Select(i => i.CaseId()));
        Assert.True((bool)items[0]["overdue"]!);
        Assert.Equal((string?)(await grid.Case(late.CaseId()))["escalatedAt"], (string?)items[0]["escalatedAt"]);
        Assert.NotNull(items[0]["escalatedAt"]);
        Assert.Null(items[1]["escalatedAt"]);
    }

    [Fact]
    public async Task Paging_WithTheCursor_ReturnsEveryCaseOnce_InQueueOrder()
    {
        var brand = await grid.StandardBrand();
        var filed = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            filed.Add((await grid.ComplaintUnderReview(brand)).CaseId());
            grid.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<string>();
        var pages = 0;
        string? next = null;
        do
        {
            var page = await grid.QueuePage($"brand={brand.BrandId}&limit=3" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            var items = page.Items();
            Assert.InRange(items.Length, 1, 3);
            seen.AddRange(items.Select(i => i.CaseId()));
            next = (string?)page["next"];
            pages++;
        }
        while (next is not null);

        Assert.Equal(filed, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task DecidedCase_LeavesTheQueue_WhicheverWayItWasDecided()
    {
        var brand = await grid.StandardBrand();
        var upheld = await grid.ComplaintUnderReview(brand);
        var rejected = await grid.ComplaintUnderReview(brand);
        var open = await grid.ComplaintUnderReview(brand);

        await grid.Decide(upheld.CaseId(), "uphold");
        await grid.Decide(rejected.CaseId(), "reject");

        Assert.Equal([open.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}"));
    }

    [Fact]
    public async Task RetractedComplaint_LeavesTheQueue()
    {
        var brand = await grid.StandardBrand();
        var filed = await grid.ComplaintUnderReview(brand);

        (await brand.Http.Post($"/v1/cases/{filed.CaseId()}/retract", null)).Expect(HttpStatusCode.OK);

        Assert.Empty(await grid.QueuedCaseIds($"brand={brand.BrandId}"));
    }

    [Fact]
    public async Task GoodFaithTakedown_NeverWaitsInTheQueue()
    {
        var (brandId, http) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);

        (await http.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);

        Assert.Empty(await grid.QueuedCaseIds($"brand={brandId}"));
    }

    [Fact]
    public async Task ResentComplaint_IsQueuedOnce()
    {
        var brand = await grid.StandardBrand();
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brand.BrandId);

        (await brand.Http.FileComplaint(brand.BrandId, listingId, "same-key")).Expect(HttpStatusCode.Created);
        (await brand.Http.FileComplaint(brand.BrandId, listingId, "same-key")).Expect(HttpStatusCode.OK);
        (await brand.Http.FileComplaint(brand.BrandId, listingId)).Expect(HttpStatusCode.OK);

        Assert.Single(await grid.QueuedCaseIds($"brand={brand.BrandId}"));
    }

    [Fact]
    public async Task EmptyQueryValues_MeanNotGiven()
    {
        var brand = await grid.StandardBrand();
        var filed = await grid.ComplaintUnderReview(brand);

        Assert.Equal([filed.CaseId()], await grid.QueuedCaseIds($"brand={brand.BrandId}&marketplace=&state=&overdue=&claimed=&limit=&after="));
    }
}
