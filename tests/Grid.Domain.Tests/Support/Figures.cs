using Grid.Domain.Brands;

namespace Grid.Domain.Tests.Support;

/// <summary>Tier figures built by hand: counts per kind of notice, every other kind empty.</summary>
internal static class Figures
{
    public static TierFigures Of(params (NoticeKind Kind, int Takedowns, int Rejected, int Overturned)[] kinds)
    {
        var byKind = Enum.GetValues<NoticeKind>().ToDictionary(k => k, _ => NoticeFigures.None);
        foreach (var (kind, takedowns, rejected, overturned) in kinds)
            byKind[kind] = byKind[kind].Plus(new NoticeFigures(takedowns, rejected, overturned));
        return new TierFigures(byKind.Values.Aggregate(NoticeFigures.None, (a, b) => a.Plus(b)), byKind);
    }

    /// <summary>Counterfeit notices only.</summary>
    public static TierFigures Counterfeit(int takedowns, int rejected = 0, int overturned = 0) =>
        Of((NoticeKind.Counterfeit, takedowns, rejected, overturned));
}
