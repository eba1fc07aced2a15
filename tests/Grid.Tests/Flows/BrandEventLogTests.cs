using System.Net;
using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// The brand's durable event log: a subscriber that comes back with the last sequence it saw gets every
/// event it missed, exactly once and in order, through SSE (Last-Event-ID) or the Orleans client feed.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class BrandEventLogTests(GridClusterFixture grid)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>A good-faith brand, one seller, and <paramref name="takedowns"/> takedowns already done (while nobody listened).</summary>
    private async Task<(string BrandId, HttpClient Brand)> BrandWithTakedowns(int takedowns)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listings = await grid.SellerWithListings(grid.NewId("seller"), takedowns, brandId);
        foreach (var listingId in listings) (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        return (brandId, brand);
    }

    [Fact]
    public async Task Sse_ReconnectingWithLastEventId_GetsEveryMissedEvent_OnceAndInOrder_ThenLiveOnes()
    {
        var (brandId, brand) = await BrandWithTakedowns(3);
        using var timeout = new CancellationTokenSource(Timeout);
        var all = await grid.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        Assert.True(all >= 6, $"3 takedowns tell at least 6 events; the brand has {all}");

        await using (var first = await SseClient.Open(brand, $"/v1/brands/{brandId}/events", "0", timeout.Token))
        {
            var seen = await first.Take(2, timeout.Token);
            Assert.Equal([1L, 2L], seen.Select(e => e.Id));
        }

        // Meanwhile, another takedown; then the subscriber comes back with the last id it saw.
        var listing = (await grid.SellerWithListings(grid.NewId("seller"), 1, brandId))[0];
        (await brand.FileComplaint(brandId, listing)).Expect(HttpStatusCode.Created);
        var head = await grid.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();

        await using var second = await SseClient.Open(brand, $"/v1/brands/{brandId}/events", "2", timeout.Token);
        var resumed = await second.Take((int)(head - 2), timeout.Token);
        Assert.Equal(Enumerable.Range(3, (int)(head - 2)).Select(i => (long)i), resumed.Select(e => e.Id));
        Assert.All(resumed, e => Assert.Equal(e.Id, (long)e.Data["sequence"]!));
        Assert.Contains(resumed, e => e.Type == "listing-taken-down" && (string?)e.Data["listingId"] == listing);

        // And it stays live: the next event arrives on the same connection, numbered after the replay.
        var next = (await grid.SellerWithListings(grid.NewId("seller"), 1, brandId))[0];
        (await brand.FileComplaint(brandId, next)).Expect(HttpStatusCode.Created);
        var live = await second.Next(timeout.Token);
        Assert.Equal(head + 1, live.Id);
    }

    [Fact]
    public async Task Sse_WithoutCursor_StartsFromNow()
    {
        var (brandId, brand) = await BrandWithTakedowns(1);
        var head = await grid.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        using var timeout = new CancellationTokenSource(Timeout);
        await using var sse = await SseClient.Open(brand, $"/v1/brands/{brandId}/events", null, timeout.Token);

        var listing = (await grid.SellerWithListings(grid.NewId("seller"), 1, brandId))[0];
        (await brand.FileComplaint(brandId, listing)).Expect(HttpStatusCode.Created);

        Assert.Equal(head + 1, (await sse.Next(timeout.Token)).Id);
    }

    [Fact]
    public async Task Sse_FromQueryCursor_IsTheSameAsLastEventId()
    {
        var (brandId, brand) = await BrandWithTakedowns(1);
        using var timeout = new CancellationTokenSource(Timeout);
        await using var sse = await SseClient.Open(brand, $"/v1/brands/{brandId}/events?from=1", null, timeout.Token);

        Assert.Equal(2, (await sse.Next(timeout.Token)).Id);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("0x10")]
    [InlineData("99999999999999999999999")]
    public async Task Sse_BadLastEventId_Is400_NamingTheHeader(string cursor)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/brands/{brandId}/events");
        request.Headers.TryAddWithoutValidation("Last-Event-ID", cursor);

        using var response = await brand.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Last-Event-ID", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sse_BadFromQuery_Is400()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);

        (await brand.Get($"/v1/brands/{brandId}/events?from=-5")).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OrleansFeed_FromZero_ReadsAcrossLogPages_EveryEventOnceInOrder()
    {
        // Enough takedowns to fill more than one page of the log.
        var (brandId, _) = await BrandWithTakedowns(BrandEventLog.PageSize / 2 + 8);
        var head = await grid.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        Assert.True(head > BrandEventLog.PageSize, $"expected more than one page, got {head} events");
        using var timeout = new CancellationTokenSource(Timeout);

        var read = new List<BrandEvent>();
        await foreach (var e in BrandEventFeed.Follow(grid.Client, grid.Client.GetStreamProvider(GridNames.StreamProvider), brandId, 0, timeout.Token))
        {
            read.Add(e);
            if (e.Sequence == head) break;
        }

        Assert.Equal(Enumerable.Range(1, (int)head).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.All(read, e => Assert.Equal(brandId, e.BrandId));
        // Causal order holds in the log too: each takedown is told after its complaint was filed.
        foreach (var takedown in read.OfType<ListingTakenDown>())
            Assert.Contains(read.TakeWhile(e => e != takedown).OfType<ComplaintFiled>(), f => f.CaseId == takedown.CaseId);
    }

    [Fact]
    public async Task RecordCase_SameStepTwice_CountsAndLogsOnce()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var brandGrain = grid.Client.GetGrain<IBrandGrain>(brandId);
        var caseId = Guid.NewGuid();
        BrandEvent[] told = [new CaseDecided { BrandId = brandId, At = grid.Clock.GetUtcNow(), CaseId = caseId, ListingId = "L", Status = CaseStatus.Upheld }];

        var at = grid.Clock.GetUtcNow();

        await brandGrain.RecordCase(caseId, 2, BrandOutcome.Upheld, told, NoticeKind.Counterfeit, at);
        await brandGrain.RecordCase(caseId, 2, BrandOutcome.Upheld, told, NoticeKind.Counterfeit, at); // the case re-drives a step after a crash

        Assert.Equal(1, await brandGrain.GetLastEventSequence());
        Assert.Equal(1, (int)(await grid.Brand(brandId))["accuracy"]!["upheld"]!);
        Assert.Equal(1, (int)(await grid.Operator.Get($"/v1/brands/{brandId}/scorecard")).Expect(HttpStatusCode.OK)["figures"]!["overall"]!["decided"]!);
        Assert.Single(await grid.Client.Page(brandId, 0).Read(0));
    }

    [Fact]
    public async Task Publish_SameKeyTwice_TellsOnce()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var brandGrain = grid.Client.GetGrain<IBrandGrain>(brandId);
        var news = new SellerPenalised { BrandId = brandId, At = grid.Clock.GetUtcNow(), SellerId = "s", Penalty = PenaltyKind.Warning, CaseId = Guid.NewGuid() };

        await brandGrain.Publish("k-1", news);
        await brandGrain.Publish("k-1", news);
        await brandGrain.Publish("k-2", news);

        Assert.Equal([1L, 2L], (await grid.Client.Page(brandId, 0).Read(0)).Select(e => e.Sequence));
    }
}
