namespace Grid.Domain.Penalties;

/// <summary>When a seller's standing next changes by the clock alone: a strike expires or a penalty ends.</summary>
public static class PenaltyExpiry
{
    /// <summary>The earliest future expiry of a strike or end of a penalty; null when nothing is left to expire.</summary>
    public static DateTimeOffset? Next(IEnumerable<IStrike> strikes, IEnumerable<IPenalty> penalties, DateTimeOffset now) =>
        Next(StrikeTimeline.Of(strikes), penalties, now);

    /// <summary>The same over a <see cref="StrikeTimeline"/>, where the next strike expiry is a binary search.</summary>
    public static DateTimeOffset? Next(StrikeTimeline strikes, IEnumerable<IPenalty> penalties, DateTimeOffset now)
    {
        var next = strikes.NextExpiryAfter(now);
        foreach (var p in penalties)
            if (p.EndsAt is { } end && end > now && (next is null || end < next)) next = end;
        return next;
    }

    /// <summary>
    /// Listing-blocking penalties that ended in (<paramref name="since"/>, <paramref name="now"/>]: the seller's listings
    /// must be told again so they drop them.
    /// </summary>
    public static bool ListingPenaltyEnded(IEnumerable<IPenalty> penalties, DateTimeOffset since, DateTimeOffset now) =>
        penalties.Any(p => PenaltyLadder.AffectsListings(p.Kind) && p.EndsAt is { } end && end > since && end <= now);
}
