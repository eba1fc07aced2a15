using Grid.Contracts.Listings;
using Grid.Domain.Listings;
using Orleans.Concurrency;

namespace Grid.Grains.Listings;

/// <summary>
/// A stateless worker, so each silo answers the batches that arrive at it with its own board. Reentrant: it
/// keeps no state, and a batch waiting on the grains of listings active elsewhere must not hold up the next.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class ListingStatusReader(ListingStatusBoard board, TimeProvider clock) : Grain, IListingStatusReader
{
    public ValueTask<ListingStatus[]> GetStatuses(string[] listingIds) => board.Answer(GrainFactory, clock.GetUtcNow(), listingIds);
}

public static class ListingStatusBoardReads
{
    /// <summary>The listing's status from the board, or null when its grain is not active on this silo.</summary>
    public static ListingStatus? Find(this ListingStatusBoard board, string listingId, DateTimeOffset now) =>
        board.TryGet(listingId, out var card) ? card.Answer(now) : null;

    /// <summary>Every status the board holds, and the rest from their grains, all asked at once.</summary>
    public static ValueTask<ListingStatus[]> Answer(this ListingStatusBoard board, IGrainFactory grains, DateTimeOffset now, IReadOnlyList<string> listingIds)
    {
        var answers = new ListingStatus[listingIds.Count];
        List<(int Index, Task<ListingStatus> Status)>? asked = null;
        for (var i = 0; i < answers.Length; i++)
        {
            if (board.Find(listingIds[i], now) is { } status) answers[i] = status;
            else (asked ??= []).Add((i, grains.GetGrain<IListingGrain>(listingIds[i]).GetStatus().AsTask()));
        }
        return asked is null ? ValueTask.FromResult(answers) : new ValueTask<ListingStatus[]>(Complete(answers, asked));
    }

    private static async Task<ListingStatus[]> Complete(ListingStatus[] answers, List<(int Index, Task<ListingStatus> Status)> asked)
    {
        await Task.WhenAll(asked.Select(a => a.Status));
        foreach (var (index, status) in asked) answers[index] = status.Result;
        return answers;
    }
}

/// <summary>The wire answer for a verdict; the open one is the same for every listing but its id.</summary>
public static class ListingStatuses
{
    public static ListingStatus Of(string listingId, ListingVerdict verdict) =>
        new(listingId, verdict.Blocked, verdict.Reason, verdict.CaseId, verdict.Since);
}
