namespace Grid.Domain.Brands;

/// <summary>A brand's decided notices over the window: how many ended in a takedown, were rejected, were overturned.</summary>
public sealed record NoticeFigures(int Takedowns, int Rejected, int Overturned)
{
    public static readonly NoticeFigures None = new(0, 0, 0);

    /// <summary>Decided notices: an overturned one was decided too, against the brand in the end.</summary>
    public int Decided => Takedowns + Rejected + Overturned;

    /// <summary>The takedown success rate: notices that ended in a takedown, of decided notices. Null with none decided.</summary>
    public double? SuccessRate => Decided == 0 ? null : (double)Takedowns / Decided;

    /// <summary>
    /// The overturned rate: of the notices that took a listing down, the share a counter-notice overturned.
    /// Overturned ones are in the denominator (they were takedowns), so the rate is never above 1.
    /// </summary>
    public double? OverturnedRate => Takedowns + Overturned == 0 ? null : (double)Overturned / (Takedowns + Overturned);

    /// <summary>The share of decided notices that were rejected (the misuse controls' figure). Null with none decided.</summary>
    public double? RejectedRate => Decided == 0 ? null : (double)Rejected / Decided;

    public NoticeFigures Plus(NoticeFigures other) =>
        new(Takedowns + other.Takedowns, Rejected + other.Rejected, Overturned + other.Overturned);
}

/// <summary>The figures overall and for every kind of notice (each kind present, with zeros when it had none).</summary>
public sealed record TierFigures(NoticeFigures Overall, IReadOnlyDictionary<NoticeKind, NoticeFigures> ByKind);
