namespace Grid.Domain.Penalties;

/// <summary>What a seller keeps after pruning, what it lets go (to its archive), and how far it has pruned.</summary>
public sealed record Retained<TStrike, TPenalty>(
    IReadOnlyList<TStrike> Strikes,
    IReadOnlyList<TPenalty> Penalties,
    IReadOnlyList<TStrike> DroppedStrikes,
    IReadOnlyList<TPenalty> DroppedPenalties,
    DateTimeOffset PrunedThrough);

/// <summary>
/// How much strike and penalty history a seller keeps in its state, so that the cost of writing a seller does not grow
/// with its past. Older history is not lost: the seller files it in its archive and the enforcement log has every step.
/// <para>
/// The ladder decides at time T from the strikes in (T - <see cref="LookBack"/>, T]: active ones (expiry) and those inside
/// a rung's window. A withdrawal replays those decisions, so deciding exactly at T needs that look-back complete too.
/// Hence two look-backs of strikes are kept: every strike after <c>PrunedThrough</c> = now - 2 x LookBack is held, so
/// every decision at or after <c>PrunedThrough + LookBack</c> can be replayed exactly. A penalty imposed before that is
/// settled: no withdrawal may lift it, nor re-impose one in its place (a termination stays).
/// </para>
/// </summary>
public sealed class PenaltyRetention(EnforcementPolicy policy)
{
    /// <summary>The longest time any rule looks back over: the strike expiry or a rung's window, whichever is longer.</summary>
    public TimeSpan LookBack { get; } = TimeSpan.FromDays(Math.Max(
        policy.Strikes.ExpiryDays,
        policy.PenaltyLadder.Select(r => r.WithinDays ?? 0).DefaultIfEmpty(0).Max()));

    /// <summary>
    /// Penalties imposed before this are settled: their decision looked back over strikes that may be pruned.
    /// Null while nothing was ever pruned: then the whole history is there and every penalty can still be replayed.
    /// </summary>
    public DateTimeOffset? SettledBefore(DateTimeOffset? prunedThrough) => prunedThrough + LookBack;

    public bool IsSettled(IPenalty penalty, DateTimeOffset? prunedThrough) =>
        SettledBefore(prunedThrough) is { } settled && penalty.ImposedAt < settled;

    /// <summary>
    /// Whether a strike for a case step taken at <paramref name="stepAt"/> may already have been recorded and pruned.
    /// A seller records a strike no earlier than its step, so a step after <paramref name="prunedThrough"/> is found
    /// among the kept strikes if it was counted. One at or before it is beyond every window now: it is not counted again.
    /// </summary>
    public static bool StrikeSettled(DateTimeOffset stepAt, DateTimeOffset? prunedThrough) => stepAt <= prunedThrough;

    /// <summary>How far back history may be let go of at <paramref name="now"/>: two look-backs, never less than before.</summary>
    public DateTimeOffset Through(DateTimeOffset? prunedThrough, DateTimeOffset now)
    {
        var cutoff = now - 2 * LookBack;
        return prunedThrough is { } before && before > cutoff ? before : cutoff;
    }

    /// <summary>
    /// Whether any strike could be let go of now: only one at or before <see cref="Through"/>. Lets a seller with a long
    /// look-back skip the pass over its strikes on every call.
    /// </summary>
    public bool MayDropStrikes(DateTimeOffset? oldestStrikeAt, DateTimeOffset? prunedThrough, DateTimeOffset now) =>
        oldestStrikeAt <= Through(prunedThrough, now);

    /// <summary>
    /// Lets go of history no rule can need again. Kept: every strike after now - 2 x <see cref="LookBack"/> and every
    /// active one; penalties a withdrawal could still change (not settled), those still running, those whose end the
    /// listings may not have heard of (ended after <paramref name="endsAppliedUntil"/>), and of the settled open-ended
    /// ones (warnings, terminations) the latest of each kind, which may still be the seller's current penalty.
    /// </summary>
    public Retained<TStrike, TPenalty> Prune<TStrike, TPenalty>(
        IReadOnlyCollection<TStrike> strikes, IReadOnlyCollection<TPenalty> penalties,
        DateTimeOffset? prunedThrough, DateTimeOffset endsAppliedUntil, DateTimeOffset now)
        where TStrike : IStrike where TPenalty : IPenalty
    {
        var through = Through(prunedThrough, now);
        var keptStrikes = new List<TStrike>();
        var droppedStrikes = new List<TStrike>();
        foreach (var s in strikes)
            (s.At > through || PenaltyLadder.IsActive(s, now) ? keptStrikes : droppedStrikes).Add(s);

        var settled = SettledBefore(through)!.Value;
        var latestOpen = penalties
            .Where(p => p.EndsAt is null && p.ImposedAt < settled)
            .GroupBy(p => p.Kind)
            .Select(g => g.MaxBy(p => p.ImposedAt)!)
            .ToList();
        var keptPenalties = new List<TPenalty>();
        var droppedPenalties = new List<TPenalty>();
        foreach (var p in penalties)
        {
            var keep = p.ImposedAt >= settled
                || p.EndsAt > now || p.EndsAt > endsAppliedUntil
                || (p.EndsAt is null && latestOpen.Contains(p));
            (keep ? keptPenalties : droppedPenalties).Add(p);
        }
        return new Retained<TStrike, TPenalty>(keptStrikes, keptPenalties, droppedStrikes, droppedPenalties, through);
    }
}
