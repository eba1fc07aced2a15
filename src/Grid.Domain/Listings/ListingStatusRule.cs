using Grid.Domain.Penalties;

namespace Grid.Domain.Listings;

/// <summary>The answer the front end gets for one listing.</summary>
public sealed record ListingVerdict(bool Blocked, BlockReason? Reason, Guid? CaseId, DateTimeOffset? Since)
{
    public static readonly ListingVerdict Open = new(false, null, null, null);
}

/// <summary>
/// Decides whether a listing is blocked from what its grain holds: its own takedowns and the
/// seller penalties pushed to it. Pure and allocation-light: this runs on every page view.
/// </summary>
public static class ListingStatusRule
{
    public static ListingVerdict Evaluate<TPenalty>(
        (Guid CaseId, DateTimeOffset Since)? takedown,
        IReadOnlyList<TPenalty> sellerPenalties,
        DateTimeOffset? firstRegisteredAt,
        DateTimeOffset now) where TPenalty : IPenalty
    {
        if (Strongest(sellerPenalties, PenaltyKind.Termination, now) is { } terminated)
            return new ListingVerdict(true, BlockReason.SellerTerminated, null, terminated.ImposedAt);
        if (Strongest(sellerPenalties, PenaltyKind.Suspension, now) is { } suspended)
            return new ListingVerdict(true, BlockReason.SellerSuspended, null, suspended.ImposedAt);
        if (takedown is { } t)
            return new ListingVerdict(true, BlockReason.Takedown, t.CaseId, t.Since);
        // A listing restriction stops the seller putting new listings up; what was already live stays.
        if (firstRegisteredAt is { } registered && RestrictionCovering(sellerPenalties, registered, now) is { } restricted)
            return new ListingVerdict(true, BlockReason.SellerRestricted, null, restricted.ImposedAt);
        return ListingVerdict.Open;
    }

    /// <summary>Any restriction in force that began before the listing was first registered, whatever the list order.</summary>
    private static IPenalty? RestrictionCovering<TPenalty>(IReadOnlyList<TPenalty> penalties, DateTimeOffset registered, DateTimeOffset now)
        where TPenalty : IPenalty
    {
        for (var i = 0; i < penalties.Count; i++)
        {
            var p = penalties[i];
            if (p.Kind == PenaltyKind.ListingRestriction && PenaltyLadder.InForce(p, null, now) && registered >= p.ImposedAt) return p;
        }
        return null;
    }

    private static IPenalty? Strongest<TPenalty>(IReadOnlyList<TPenalty> penalties, PenaltyKind kind, DateTimeOffset now)
        where TPenalty : IPenalty
    {
        for (var i = 0; i < penalties.Count; i++)
        {
            var p = penalties[i];
            if (p.Kind == kind && PenaltyLadder.InForce(p, null, now)) return p;
        }
        return null;
    }
}
