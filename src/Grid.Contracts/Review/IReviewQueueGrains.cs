using Orleans.Concurrency;

namespace Grid.Contracts.Review;

/// <summary>
/// One partition of the review queue (key 0 to QueuePartitions - 1): the open cases whose id falls in it,
/// in queue order. Cases keep it current; it calls no grain.
/// </summary>
[Alias("grid.IReviewQueuePartitionGrain")]
public interface IReviewQueuePartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a case's entry; an older revision than the one held changes nothing.</summary>
    [Alias("put")]
    Task Put(ReviewEntry entry);

    /// <summary>Takes a case out; idempotent.</summary>
    [Alias("remove")]
    Task Remove(Guid caseId, int revision);

    [Alias("read"), ReadOnly]
    Task<ReviewSlice> Read(ReviewQueueQuery query, DateTimeOffset now);
}

/// <summary>The whole queue for readers: asks every partition for its first page and merges them. Stateless (key 0).</summary>
[Alias("grid.IReviewQueueGrain")]
public interface IReviewQueueGrain : IGrainWithIntegerKey
{
    [Alias("read"), ReadOnly]
    Task<ReviewQueuePage> Read(ReviewQueueQuery query);
}
