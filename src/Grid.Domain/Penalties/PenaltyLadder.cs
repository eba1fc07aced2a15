namespace Grid.Domain.Penalties;

/// <summary>A penalty the ladder says to impose now.</summary>
public sealed record PenaltyToImpose(PenaltyKind Kind, DateTimeOffset ImposedAt, DateTimeOffset? EndsAt);

/// <summary>What a withdrawn strike changes: penalties to lift now, and penalties the remaining strikes earn instead.</summary>
public sealed record PenaltyReconciliation<TStrike, TPenalty>(
    IReadOnlyList<TPenalty> Lift,
    IReadOnlyList<(TStrike Trigger, PenaltyToImpose Penalty)> Impose);

/// <summary>The penalty a seller is under at a given time.</summary>
public sealed record CurrentPenalty(PenaltyKind Kind, DateTimeOffset? Since, DateTimeOffset? Until)
{
    public static readonly CurrentPenalty None = new(PenaltyKind.None, null, null);
}

/// <summary>The repeat-seller rules: strikes, their expiry, and the penalties they earn.</summary>
public sealed class PenaltyLadder(EnforcementPolicy policy)
{
    public DateTimeOffset StrikeExpiry(DateTimeOffset strikeAt) => strikeAt.AddDays(policy.Strikes.ExpiryDays);

    public static bool IsActive(IStrike strike, DateTimeOffset now) => strike.ExpiresAt > now;

    /// <summary>The most severe rung the seller's strikes satisfy at <paramref name="now"/>, if any.</summary>
    public PenaltyRung? Rung<TStrike>(IReadOnlyCollection<TStrike> strikes, DateTimeOffset now) where TStrike : IStrike =>
        Rung(() => strikes.Count(s => IsActive(s, now)), from => strikes.Count(s => s.At > from), now);

    /// <summary>The same over a <see cref="StrikeTimeline"/>: each count a binary search, however many strikes.</summary>
    public PenaltyRung? Rung(StrikeTimeline strikes, DateTimeOffset now) => Rung(() => strikes.ActiveAt(now), strikes.GivenAfter, now);

    private PenaltyRung? Rung(Func<int> active, Func<DateTimeOffset, int> givenAfter, DateTimeOffset now)
    {
        PenaltyRung? highest = null;
        foreach (var rung in policy.PenaltyLadder)
        {
            if (highest is not null && rung.Penalty <= highest.Penalty) continue;
            var holds = rung.ActiveStrikes is { } needed
                ? active() >= needed
                : givenAfter(now.AddDays(-rung.WithinDays!.Value)) >= rung.Strikes;
            if (holds) highest = rung;
        }
        return highest;
    }

    /// <summary>
    /// A penalty fires when a new strike lifts the seller onto a higher rung than it stood on just before.
    /// Staying on the same rung fires nothing, so a resent strike can never penalise twice.
    /// </summary>
    public PenaltyToImpose? OnStrike<TStrike>(IReadOnlyCollection<TStrike> before, IReadOnlyCollection<TStrike> after, DateTimeOffset now)
        where TStrike : IStrike
        => Decide(Rung(before, now), Rung(after, now), now);

    /// <summary>The same, given the rung the seller stood on just before the strike, and its strikes after it.</summary>
    public PenaltyToImpose? OnStrike(PenaltyRung? was, StrikeTimeline after, DateTimeOffset now) => Decide(was, Rung(after, now), now);

    private static PenaltyToImpose? Decide(PenaltyRung? was, PenaltyRung? reached, DateTimeOffset now)
    {
        if (reached is null || (was is not null && reached.Penalty <= was.Penalty)) return null;
        DateTimeOffset? endsAt = reached.DurationDays is { } days ? now.AddDays(days) : null;
        return new PenaltyToImpose(reached.Penalty, now, endsAt);
    }

    /// <summary>
    /// The penalty in force: a termination stands for good; a timed penalty until it ends;
    /// a warning while the seller still stands on its rung.
    /// </summary>
    public CurrentPenalty Current<TStrike, TPenalty>(IReadOnlyCollection<TStrike> strikes, IEnumerable<TPenalty> imposed, DateTimeOffset now)
        where TStrike : IStrike where TPenalty : IPenalty
    {
        var rung = Rung(strikes, now);
        IPenalty? best = null;
        foreach (var p in imposed)
        {
            if (!InForce(p, rung, now)) continue;
            if (best is null || p.Kind > best.Kind || (p.Kind == best.Kind && p.ImposedAt > best.ImposedAt)) best = p;
        }
        return best is null ? CurrentPenalty.None : new CurrentPenalty(best.Kind, best.ImposedAt, best.EndsAt);
    }

    /// <summary>
    /// Whether a penalty holds at <paramref name="now"/>. A lifted penalty carries the time it was lifted as its end,
    /// so an end time counts for every kind.
    /// </summary>
    public static bool InForce(IPenalty penalty, PenaltyRung? rungNow, DateTimeOffset now)
    {
        if (penalty.ImposedAt > now || penalty.EndsAt <= now) return false;
        return penalty.Kind != PenaltyKind.Warning || rungNow is not null;
    }

    /// <summary>
    /// After a strike is withdrawn, the penalty history the remaining strikes would have produced:
    /// the ladder is replayed over them in time order. Penalties the replay does not produce are lifted;
    /// penalties it produces that were never imposed, and still matter now, are imposed as of their
    /// replayed time (a restriction earned by the second remaining strike runs from that strike).
    /// <para>
    /// Once a seller's older strikes are pruned (see <see cref="PenaltyRetention"/>), a decision before
    /// <paramref name="settledBefore"/> can no longer be replayed exactly: penalties imposed before it are settled and
    /// left as they are, and the replay imposes nothing before it, so a shorter history never lifts a termination.
    /// </para>
    /// </summary>
    public PenaltyReconciliation<TStrike, TPenalty> Reconcile<TStrike, TPenalty>(
        IReadOnlyCollection<TStrike> remaining, IReadOnlyCollection<TPenalty> imposed, DateTimeOffset now,
        DateTimeOffset? settledBefore = null)
        where TStrike : IStrike where TPenalty : IPenalty
    {
        // One timeline grown strike by strike: the replay is a binary search per question, not a pass over the strikes before.
        var replayed = new List<(TStrike Trigger, PenaltyToImpose Penalty)>();
        var timeline = new StrikeTimeline();
        foreach (var strike in remaining.OrderBy(s => s.At))
        {
            var was = Rung(timeline, strike.At);
            timeline.Add(strike);
            if (OnStrike(was, timeline, strike.At) is { } fired) replayed.Add((strike, fired));
        }
        var lift = imposed
            .Where(p => !(p.ImposedAt < settledBefore) && !(p.EndsAt <= now) && !replayed.Any(r => Same(r.Penalty, p)))
            .ToList();
        var impose = replayed
            .Where(r => !(r.Penalty.ImposedAt < settledBefore) && !(r.Penalty.EndsAt <= now) && !imposed.Any(p => Same(r.Penalty, p)))
            .ToList();
        return new PenaltyReconciliation<TStrike, TPenalty>(lift, impose);
    }

    private static bool Same(PenaltyToImpose replayed, IPenalty imposed) =>
        replayed.Kind == imposed.Kind && replayed.ImposedAt == imposed.ImposedAt;

    /// <summary>Penalties that change how the seller's listings answer; only these travel to listing grains.</summary>
    public static bool AffectsListings(PenaltyKind kind) =>
        kind is PenaltyKind.ListingRestriction or PenaltyKind.Suspension or PenaltyKind.Termination;
}
