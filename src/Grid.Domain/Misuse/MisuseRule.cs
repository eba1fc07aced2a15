using Grid.Domain.Brands;

namespace Grid.Domain.Misuse;

/// <summary>
/// Where a brand stands under the misuse controls: its level, since when, and when the rule last saw it breaching
/// (a step down needs <see cref="MisusePolicy.StepDays"/> without a breach, not merely that long at the level).
/// </summary>
public sealed record MisuseStanding(MisuseLevel Level, DateTimeOffset? Since, DateTimeOffset? LastBreachAt)
{
    public static readonly MisuseStanding None = new(MisuseLevel.None, null, null);

    /// <summary>Until when a suspension bars filing; null at any other level.</summary>
    public DateTimeOffset? Until(MisusePolicy policy) =>
        Level == MisuseLevel.Suspended && Since is { } s ? s.AddDays(policy.SuspensionDays) : null;

    public bool BarsFilingAt(DateTimeOffset now, MisusePolicy policy) => Until(policy) is { } until && now < until;
}

/// <summary>
/// Misuse controls (DSA art. 23). A brand breaches when at least the minimum of its notices were decided in the
/// window and at least the configured share of them were rejected. Breaching, it is warned at once, then demoted
/// after StepDays still breaching, then suspended after another StepDays. A suspension runs its days regardless,
/// then drops to Demoted if the brand still breaches, else to None. StepDays without a breach steps one level down.
/// One level per decision: a brand is never warned and suspended in the same breath.
/// </summary>
public static class MisuseRule
{
    public static bool IsBreaching(NoticeFigures figures, MisusePolicy policy) =>
        figures.Decided >= policy.MinDecidedNotices && figures.Decided > 0
        && figures.RejectedRate >= policy.RejectedRate;

    /// <summary>The standing the figures call for now. Equal to <paramref name="standing"/> but for LastBreachAt when the level holds.</summary>
    public static MisuseStanding Decide(NoticeFigures figures, MisuseStanding standing, DateTimeOffset now, MisusePolicy policy)
    {
        var breaching = IsBreaching(figures, policy);
        var lastBreach = breaching ? now : standing.LastBreachAt;
        var since = standing.Since ?? now;
        var step = TimeSpan.FromDays(policy.StepDays);

        var next = standing.Level switch
        {
            MisuseLevel.Suspended => standing.BarsFilingAt(now, policy) ? MisuseLevel.Suspended
                : breaching ? MisuseLevel.Demoted : MisuseLevel.None,
            _ when breaching => standing.Level == MisuseLevel.None || now - since >= step ? Up(standing.Level) : standing.Level,
            MisuseLevel.None => MisuseLevel.None,
            // Calm since the later of entering the level and the last breach seen.
            _ => now - Later(since, standing.LastBreachAt) >= step ? standing.Level - 1 : standing.Level,
        };
        return next == standing.Level
            ? standing with { LastBreachAt = lastBreach }
            : new MisuseStanding(next, next == MisuseLevel.None ? null : now, lastBreach);
    }

    private static MisuseLevel Up(MisuseLevel level) => level == MisuseLevel.Suspended ? level : level + 1;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } v && v > a ? v : a;
}
