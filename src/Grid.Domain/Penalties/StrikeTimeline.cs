namespace Grid.Domain.Penalties;

/// <summary>
/// A seller's strikes as the penalty rules count them: when each was given and when each expires, both kept sorted.
/// Every question the ladder asks ("how many active now", "how many since T", "what expires next") is then a binary
/// search, so deciding on a strike costs the same for a seller with 10,000 strikes in its look-back as with ten.
/// </summary>
public sealed class StrikeTimeline
{
    private readonly List<long> given = [];
    private readonly List<long> expiring = [];

    public static StrikeTimeline Of(IEnumerable<IStrike> strikes)
    {
        var timeline = new StrikeTimeline();
        foreach (var s in strikes) timeline.Add(s);
        return timeline;
    }

    public int Count => given.Count;

    /// <summary>When the oldest strike was given; null when there is none.</summary>
    public DateTimeOffset? Oldest => given.Count == 0 ? null : At(given[0]);

    public void Add(IStrike strike)
    {
        Insert(given, strike.At.UtcTicks);
        Insert(expiring, strike.ExpiresAt.UtcTicks);
    }

    public void Remove(IStrike strike)
    {
        Delete(given, strike.At.UtcTicks);
        Delete(expiring, strike.ExpiresAt.UtcTicks);
    }

    /// <summary>Strikes still active at <paramref name="now"/> (see <see cref="PenaltyLadder.IsActive"/>: expiring after it).</summary>
    public int ActiveAt(DateTimeOffset now) => expiring.Count - After(expiring, now.UtcTicks);

    /// <summary>Strikes given after <paramref name="from"/>.</summary>
    public int GivenAfter(DateTimeOffset from) => given.Count - After(given, from.UtcTicks);

    /// <summary>The first expiry after <paramref name="now"/>; null when every strike has expired.</summary>
    public DateTimeOffset? NextExpiryAfter(DateTimeOffset now)
    {
        var i = After(expiring, now.UtcTicks);
        return i < expiring.Count ? At(expiring[i]) : null;
    }

    /// <summary>The index of the first value greater than <paramref name="ticks"/>.</summary>
    private static int After(List<long> sorted, long ticks)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= ticks) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Strikes arrive in time order, so an insert is nearly always an append.
    private static void Insert(List<long> sorted, long ticks) => sorted.Insert(After(sorted, ticks), ticks);

    private static void Delete(List<long> sorted, long ticks)
    {
        var i = After(sorted, ticks) - 1;
        if (i >= 0 && sorted[i] == ticks) sorted.RemoveAt(i);
    }

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
}
