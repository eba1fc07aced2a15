using Grid.Contracts.Review;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Review;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Grid.Grains;

/// <summary>
/// Reads the review queue: every partition's first matching page after the cursor, merged in queue order.
/// A page costs one call per partition and a merge of at most limit x partitions entries, however many cases are open.
/// </summary>
[StatelessWorker]
public sealed class ReviewQueueGrain(IOptions<EnforcementPolicy> policy, TimeProvider clock) : Grain, IReviewQueueGrain
{
    public async Task<ReviewQueuePage> Read(ReviewQueueQuery query)
    {
        // One "now" for every partition, so overdue and claimed mean the same across the page.
        var now = clock.GetUtcNow();
        var slices = await Task.WhenAll(Enumerable.Range(0, policy.Value.Review.QueuePartitions)
            .Select(p => GrainFactory.GetGrain<IReviewQueuePartitionGrain>(p).Read(query, now)));
        var page = ReviewMerge.Take([.. slices.Select(s => s.Entries)], query.Limit);
        var more = page.More || slices.Any(s => s.More);
        return new ReviewQueuePage(
            [.. page.Entries.Select(e => Item(e, now))],
            more && page.Entries.Count > 0 ? ReviewCursor.Encode(ReviewEntries.KeyOf(page.Entries[^1])) : null);
    }

    private static ReviewQueueItem Item(ReviewEntry e, DateTimeOffset now)
    {
        var claim = ReviewEntries.ActiveClaim(e, now);
        return new ReviewQueueItem(
            e.CaseId, e.ListingId, e.BrandId, e.Marketplace, e.Status, e.Priority, e.FiledAt, e.DueAt,
            ReviewDeadline.IsOverdue(e.DueAt, now), e.EscalatedAt, claim?.Operator, claim?.Until,
            ResponseTime.Seconds(e.FiledAt, null, now));
    }
}
