using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Grid.Contracts.Brands;
using Orleans.Streams;

namespace Grid.Contracts.Events;

/// <summary>
/// A brand's events from a cursor on: every event after <c>after</c>, exactly once and in sequence order,
/// then each new one as it is logged. It reads the durable log, so a subscriber that reconnects with the
/// last sequence it saw misses nothing, whatever happened to the silos meanwhile. The brand's live
/// stream only wakes the feed early; a lost notification delays an event by at most one poll.
/// </summary>
public static class BrandEventFeed
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Follows brand <paramref name="brandId"/> from sequence <paramref name="after"/> (0: from the first event;
    /// null: only events logged from now on).
    /// </summary>
    public static async IAsyncEnumerable<BrandEvent> Follow(
        IGrainFactory grains, IStreamProvider streams, string brandId, long? after,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var subscription = await streams.GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId))
            .SubscribeAsync((_, _) => { wake.Writer.TryWrite(true); return Task.CompletedTask; });
        try
        {
            var last = after ?? await grains.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
            while (!cancellation.IsCancellationRequested)
            {
                var read = await grains.Page(brandId, BrandEventLog.PageOf(last + 1)).Read(last);
                foreach (var e in read)
                {
                    if (e.Sequence != last + 1) break; // never skip ahead: the next read fills any gap
                    last = e.Sequence;
                    yield return e;
                }
                if (read.Count > 0) continue;
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                wait.CancelAfter(Poll);
                try { await wake.Reader.ReadAsync(wait.Token); }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { }
            }
        }
        finally
        {
            // Best effort: when the silo holding the subscription is gone, so is the subscription.
            try { await subscription.UnsubscribeAsync(); }
            catch (Exception) { }
        }
    }
}
