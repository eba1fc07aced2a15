using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Grid.Contracts;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Tests.Infrastructure;
using Orleans.Streams;

namespace Grid.Tests.Flows;

/// <summary>Flow 8: every brand has an Orleans stream of typed events, also served as Server-Sent Events.</summary>
[Collection(GridCollection.Name)]
public sealed class BrandStreamTests(GridClusterFixture grid)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task OrleansClient_SubscribedToBrandStream_ReceivesTypedEventsOfAnUpheldComplaint_InCausalSequence()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var received = new ConcurrentQueue<BrandEvent>();
        var fourEvents = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stream = grid.Client.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId));
        var subscription = await stream.SubscribeAsync((item, _) =>
        {
            received.Enqueue(item);
            if (received.Count >= 4) fourEvents.TrySetResult();
            return Task.CompletedTask;
        });
        try
        {
            var caseId = Guid.Parse((string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!);
            (await grid.Operator.Decide(caseId.ToString(), "uphold", "confirmed fake")).Expect(HttpStatusCode.OK);

            await fourEvents.Task.WaitAsync(DeliveryTimeout);

            var events = received.ToArray();
            Assert.True(events.Length == 4, $"Expected 4 events, got: {string.Join(", ", events.Select(e => e.EventType))}");
            Assert.All(events, e => Assert.Equal(brandId, e.BrandId));
            Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.Sequence));
            // Causal order: the brand hears of the decision and the takedown before the penalty they earned.
            Assert.Equal(["complaint-filed", "case-decided", "listing-taken-down", "seller-penalised"], events.Select(e => e.EventType));
            var filed = Assert.IsType<ComplaintFiled>(events[0]);
            Assert.Equal(caseId, filed.CaseId);
            Assert.Equal(listingId, filed.ListingId);
            Assert.Equal(CaseStatus.UnderReview, filed.Status);
            Assert.NotNull(filed.DueAt);
            var decided = Assert.Single(events.OfType<CaseDecided>());
            Assert.Equal(caseId, decided.CaseId);
            Assert.Equal(CaseStatus.Upheld, decided.Status);
            Assert.Equal("confirmed fake", decided.Note);
            var takenDown = Assert.Single(events.OfType<ListingTakenDown>());
            Assert.Equal(caseId, takenDown.CaseId);
            Assert.Equal(listingId, takenDown.ListingId);
            Assert.Equal(sellerId, takenDown.SellerId);
            Assert.False(takenDown.AutomatedDecision);
            var penalised = Assert.Single(events.OfType<SellerPenalised>());
            Assert.Equal(sellerId, penalised.SellerId);
            Assert.Equal(PenaltyKind.Warning, penalised.Penalty);
            Assert.Equal(caseId, penalised.CaseId);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    [Fact]
    public async Task OrleansClient_MidScoreFlag_TellsTheListingsBrand_VerificationRequested()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        var detector = grid.NewId("detector");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var delivered = new TaskCompletionSource<BrandEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = await grid.Client.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId))
            .SubscribeAsync((item, _) => { delivered.TrySetResult(item); return Task.CompletedTask; });
        try
        {
            var caseId = Guid.Parse((string)(await grid.RaiseFlag(listingId, detector, 0.9)).Expect(HttpStatusCode.OK)["caseId"]!);

            var request = Assert.IsType<VerificationRequested>(await delivered.Task.WaitAsync(DeliveryTimeout));

            Assert.Equal(caseId, request.CaseId);
            Assert.Equal(listingId, request.ListingId);
            Assert.Equal(detector, request.Detector);
            Assert.Equal(0.9, request.Score);
            Assert.Equal(1, request.Sequence);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    [Fact]
    public async Task Sse_BrandSubscriber_SeesListingTakenDown_WithIncreasingIds()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/brands/{brandId}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await brand.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": subscribed", await reader.ReadLineAsync(timeout.Token));

        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        var ids = new List<long>();
        var seen = new List<string>();
        JsonNode? takedown = null;
        string? eventType = null;
        while (takedown is null)
        {
            var line = await reader.ReadLineAsync(timeout.Token)
                ?? throw new Xunit.Sdk.XunitException($"The event stream ended; saw: {string.Join(", ", seen)}");
            if (line.StartsWith("id: ", StringComparison.Ordinal)) ids.Add(long.Parse(line["id: ".Length..]));
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) seen.Add(eventType = line["event: ".Length..]);
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventType == "listing-taken-down")
            {
                var data = JsonNode.Parse(line["data: ".Length..])!;
                if ((string?)data["caseId"] == caseId) takedown = data;
            }
        }

        Assert.Equal("listing-taken-down", (string?)takedown["type"]);
        Assert.Equal(brandId, (string?)takedown["brandId"]);
        Assert.Equal(listingId, (string?)takedown["listingId"]);
        // Nothing about the case reaches the brand before the complaint itself (the seller's penalty comes after).
        Assert.Equal(["complaint-filed", "listing-taken-down"], seen);
        Assert.Equal(seen.Count, ids.Count);
        for (var i = 1; i < ids.Count; i++) Assert.True(ids[i] > ids[i - 1], $"ids must increase: {string.Join(", ", ids)}");
        Assert.Equal(ids[^1], (long)takedown["sequence"]!);
    }

    [Fact]
    public async Task Sse_AnotherBrandsKey_Is403()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);
        var (_, otherBrand) = grid.NewBrand();

        (await otherBrand.Get($"/v1/brands/{brandId}/events")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sse_WithoutKey_Is401()
    {
        var brandId = grid.NewId("brand");
        await grid.RegisterBrand(brandId);

        var (status, _) = await grid.Http(null).Get($"/v1/brands/{brandId}/events");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
