using Grid.Contracts;
using Grid.Contracts.Review;
using Grid.Domain.Review;
using Microsoft.Extensions.Logging;

namespace Grid.Grains;

/// <summary>
/// One partition of the review queue, held in memory in queue order. Grain storage writes a state whole,
/// so the entries live in two states: a snapshot, written now and then, and the journal of changes since,
/// written on every change (see <see cref="ReviewPartitions.ShouldCompact"/>).
/// </summary>
public sealed class ReviewQueuePartitionGrain(
    [PersistentState("review-snapshot", GridNames.Storage)] IPersistentState<ReviewSnapshotState> snapshot,
    [PersistentState("review-journal", GridNames.Storage)] IPersistentState<ReviewJournalState> journal,
    ILogger<ReviewQueuePartitionGrain> log) : Grain, IReviewQueuePartitionGrain
{
    private readonly ReviewIndex<ReviewEntry> index = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in snapshot.State.Entries) index.Put(entry);
        // A crash between writing the snapshot and emptying the journal leaves changes that are in both: skip those.
        foreach (var change in journal.State.Changes.Where(c => c.Sequence > snapshot.State.Through)) Replay(change);
        return Task.CompletedTask;
    }

    public Task Put(ReviewEntry entry) => index.Put(entry) ? Record(entry.CaseId, entry.Revision, entry) : Task.CompletedTask;

    public Task Remove(Guid caseId, int revision) => index.Remove(caseId, revision) ? Record(caseId, revision, null) : Task.CompletedTask;

    public Task<ReviewSlice> Read(ReviewQueueQuery query, DateTimeOffset now)
    {
        var filter = query.Filter;
        var entries = new List<ReviewEntry>(query.Limit);
        foreach (var entry in index.After(query.AfterKey))
        {
            if (!filter.Matches(entry, now)) continue;
            if (entries.Count == query.Limit) return Task.FromResult(new ReviewSlice(entries, true));
            entries.Add(entry);
        }
        return Task.FromResult(new ReviewSlice(entries, false));
    }

    private void Replay(ReviewChange change)
    {
        if (change.Entry is { } entry) index.Put(entry);
        else index.Remove(change.CaseId, change.Revision);
    }

    /// <summary>Journals a change the index already took, and folds the journal into the snapshot when it has grown enough.</summary>
    private async Task Record(Guid caseId, int revision, ReviewEntry? entry)
    {
        try
        {
            var j = journal.State;
            j.Changes.Add(new ReviewChange(++j.LastSequence, caseId, revision, entry));
            await journal.WriteStateAsync();
            if (!ReviewPartitions.ShouldCompact(j.Changes.Count, index.Count)) return;

            snapshot.State.Entries = [.. index.Entries];
            snapshot.State.Through = j.LastSequence;
            await snapshot.WriteStateAsync();
            j.Changes.Clear();
            await journal.WriteStateAsync();
            log.LogDebug("Review queue partition {Partition} folded its journal into a snapshot of {Count} entries", this.GetPrimaryKeyLong(), index.Count);
        }
        catch
        {
            // Memory is now ahead of storage: start over from storage on the next call, so the caller's retry is written.
            DeactivateOnIdle();
            throw;
        }
    }
}
