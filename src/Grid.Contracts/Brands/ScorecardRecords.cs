using Grid.Domain;
using Grid.Domain.Brands;

namespace Grid.Contracts.Brands;

/// <summary>A brand's decided notices over the tier window, and the two rates the tier rule judges.</summary>
[GenerateSerializer, Immutable, Alias("grid.notice-figures")]
public sealed record NoticeFiguresView(
    [property: Id(0)] int Decided,
    [property: Id(1)] int Takedowns,
    [property: Id(2)] int Rejected,
    [property: Id(3)] int Overturned,
    [property: Id(4)] double? SuccessRate,
    [property: Id(5)] double? OverturnedRate)
{
    public static NoticeFiguresView From(NoticeFigures f) =>
        new(f.Decided, f.Takedowns, f.Rejected, f.Overturned, Shown(f.SuccessRate), Shown(f.OverturnedRate));

    // Shown to four places, as accuracy is; the rule judges the exact ratio.
    private static double? Shown(double? rate) => rate is { } r ? Math.Round(r, 4) : null;
}

/// <summary>The figures of one kind of notice.</summary>
[GenerateSerializer, Immutable, Alias("grid.kind-figures")]
public sealed record KindFiguresView(
    [property: Id(0)] NoticeKind Kind,
    [property: Id(1)] int Decided,
    [property: Id(2)] int Takedowns,
    [property: Id(3)] int Rejected,
    [property: Id(4)] int Overturned,
    [property: Id(5)] double? SuccessRate,
    [property: Id(6)] double? OverturnedRate)
{
    public static KindFiguresView From(NoticeKind kind, NoticeFigures figures)
    {
        var v = NoticeFiguresView.From(figures);
        return new(kind, v.Decided, v.Takedowns, v.Rejected, v.Overturned, v.SuccessRate, v.OverturnedRate);
    }
}

/// <summary>The figures overall and for every kind of notice, each kind listed (zeros when it had none).</summary>
[GenerateSerializer, Immutable, Alias("grid.tier-figures")]
public sealed record TierFiguresView(
    [property: Id(0)] NoticeFiguresView Overall,
    [property: Id(1)] IReadOnlyList<KindFiguresView> ByKind)
{
    public static TierFiguresView From(TierFigures figures) => new(
        NoticeFiguresView.From(figures.Overall),
        [.. figures.ByKind.OrderBy(k => k.Key).Select(k => KindFiguresView.From(k.Key, k.Value))]);
}

/// <summary>The days the figures cover: <see cref="Days"/> days, from the start of the first (UTC) to now.</summary>
[GenerateSerializer, Immutable, Alias("grid.tier-window")]
public sealed record TierWindowView(
    [property: Id(0)] int Days,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To);

/// <summary>The bounds of the tier rule, as configured.</summary>
[GenerateSerializer, Immutable, Alias("grid.tier-thresholds")]
public sealed record TierThresholdsView(
    [property: Id(0)] int MinDecidedNotices,
    [property: Id(1)] double AdmitSuccessRate,
    [property: Id(2)] double MaxOverturnedRate,
    [property: Id(3)] int CooldownDays)
{
    public static TierThresholdsView From(TierPolicy p) =>
        new(p.MinDecidedNotices, p.AdmitSuccessRate, p.MaxOverturnedRate!.Value, p.CooldownDays!.Value);
}

/// <summary>GET /v1/brands/{brandId}/scorecard: where a brand stands in its tier, and why.</summary>
[GenerateSerializer, Immutable, Alias("grid.brand-scorecard")]
public sealed record ScorecardView(
    [property: Id(0)] string BrandId,
    [property: Id(1)] ProgramTier Tier,
    [property: Id(2)] bool Pinned,
    [property: Id(3)] TierWindowView Window,
    [property: Id(4)] TierFiguresView Figures,
    [property: Id(5)] DateTimeOffset? CooldownUntil,
    [property: Id(6)] TierThresholdsView Thresholds);
