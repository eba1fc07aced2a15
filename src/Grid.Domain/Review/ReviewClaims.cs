namespace Grid.Domain.Review;

/// <summary>An operator holding a case for review until a time.</summary>
public sealed record ReviewClaim(string Operator, DateTimeOffset Until);

/// <summary>The answer to an operator asking for a case: the claim now in force, and whether it is theirs.</summary>
public sealed record ClaimAttempt(ReviewClaim Claim, bool Granted);

/// <summary>
/// Claims keep two operators from deciding the same case. A claim holds until its time, then lapses by
/// itself (an operator who walked away blocks no one for long). While it holds, only its operator may
/// decide the case or release it; the same operator claiming again extends it.
/// </summary>
public static class ReviewClaims
{
    /// <summary>A claim is in force strictly before its end; at <see cref="ReviewClaim.Until"/> it has lapsed.</summary>
    public static bool IsActive(DateTimeOffset? until, DateTimeOffset now) => until > now;

    /// <summary>The claim, if it is still in force.</summary>
    public static ReviewClaim? Active(ReviewClaim? claim, DateTimeOffset now) =>
        claim is not null && IsActive(claim.Until, now) ? claim : null;

    public static ClaimAttempt Claim(ReviewClaim? current, string @operator, DateTimeOffset now, TimeSpan duration)
    {
        if (Active(current, now) is { } held && held.Operator != @operator) return new ClaimAttempt(held, false);
        return new ClaimAttempt(new ReviewClaim(@operator, now + duration), true);
    }

    /// <summary>Anyone may decide an unclaimed case or one whose claim lapsed; a claimed case only its operator.</summary>
    public static bool MayDecide(ReviewClaim? claim, string actor, DateTimeOffset now) =>
        Active(claim, now) is not { } held || held.Operator == actor;

    /// <summary>Releasing is deciding not to decide: the same operators may.</summary>
    public static bool MayRelease(ReviewClaim? claim, string actor, DateTimeOffset now) => MayDecide(claim, actor, now);
}
