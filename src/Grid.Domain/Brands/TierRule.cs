namespace Grid.Domain.Brands;

/// <summary>Where a brand stands: its tier, whether an operator pinned it, and when it last lost GoodFaith automatically.</summary>
public sealed record TierStanding(ProgramTier Tier, bool Pinned, DateTimeOffset? GoodFaithLostAt)
{
    /// <summary>Until when an automatic removal bars automatic re-admission; null when no removal bars it.</summary>
    public DateTimeOffset? CooldownUntil(TierPolicy policy) =>
        Tier == ProgramTier.Standard && GoodFaithLostAt is { } lost ? lost.AddDays(policy.CooldownDays!.Value) : null;

    /// <summary>The standing after a change; an automatic removal starts the cooldown.</summary>
    public TierStanding After(TierChange change, DateTimeOffset now) => this with
    {
        Tier = change.To,
        GoodFaithLostAt = change.IsAutomaticRemoval ? now : GoodFaithLostAt,
    };
}

/// <summary>A tier change and why; <see cref="Kind"/> names the kind of notice whose figures broke a bound, if one did.</summary>
public sealed record TierChange(ProgramTier From, ProgramTier To, TierChangeReason Reason, NoticeKind? Kind)
{
    public bool IsAutomaticRemoval => To == ProgramTier.Standard && Reason != TierChangeReason.SetByOperator;
}

/// <summary>
/// Good Faith Takedown earned and lost. Judged are the overall figures and those of every kind of notice, each
/// only when it has at least the minimum of decided notices: fewer are too few to say anything either way.
/// A brand is admitted when the overall figures are judged and every judged figure meets both bounds; it is
/// removed when any judged figure breaks one. So a good record in counterfeit notices does not carry a poor one
/// in patent notices, and a brand placed in GoodFaith by an operator keeps it until its record says otherwise.
/// </summary>
public static class TierRule
{
    /// <summary>The automatic change the figures call for now, or null (none, or the tier is pinned).</summary>
    public static TierChange? Decide(TierFigures figures, TierStanding standing, DateTimeOffset now, TierPolicy policy)
    {
        if (standing.Pinned) return null;
        var breach = FirstBreach(figures, policy);
        if (standing.Tier == ProgramTier.GoodFaith)
            return breach is { } b ? new TierChange(ProgramTier.GoodFaith, ProgramTier.Standard, b.Reason, b.Kind) : null;
        if (standing.CooldownUntil(policy) is { } until && now < until) return null;
        return breach is null && IsJudged(figures.Overall, policy)
            ? new TierChange(ProgramTier.Standard, ProgramTier.GoodFaith, TierChangeReason.Admitted, null)
            : null;
    }

    /// <summary>An operator setting the tier: a change only when the tier differs.</summary>
    public static TierChange? SetByOperator(TierStanding standing, ProgramTier tier) =>
        standing.Tier == tier ? null : new TierChange(standing.Tier, tier, TierChangeReason.SetByOperator, null);

    private static bool IsJudged(NoticeFigures figures, TierPolicy policy) => figures.Decided >= policy.MinDecidedNotices;

    /// <summary>Which bound judged figures break, if any (at the bound is within it); the success rate is named first.</summary>
    private static TierChangeReason? Breach(NoticeFigures figures, TierPolicy policy)
    {
        if (figures.SuccessRate is not { } success || success < policy.AdmitSuccessRate) return TierChangeReason.SuccessRateBelowBound;
        if (figures.OverturnedRate is { } overturned && overturned > policy.MaxOverturnedRate!.Value) return TierChangeReason.OverturnedRateAboveBound;
        return null;
    }

    /// <summary>The first judged figure to break a bound: overall first, then the kinds in order.</summary>
    private static (TierChangeReason Reason, NoticeKind? Kind)? FirstBreach(TierFigures figures, TierPolicy policy)
    {
        if (IsJudged(figures.Overall, policy) && Breach(figures.Overall, policy) is { } overall) return (overall, null);
        foreach (var (kind, f) in figures.ByKind.OrderBy(k => k.Key))
            if (IsJudged(f, policy) && Breach(f, policy) is { } reason) return (reason, kind);
        return null;
    }
}
