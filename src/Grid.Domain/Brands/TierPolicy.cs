namespace Grid.Domain;

/// <summary>
/// Good Faith Takedown earned and lost (Alibaba's 2018 rules): a brand whose notices succeed often and are
/// rarely overturned over a rolling window is admitted to GoodFaith, and removed when either figure breaks.
/// Bound from config/enforcement.json (Grid:Enforcement:Tiers); no defaults here.
/// </summary>
public sealed class TierPolicy
{
    /// <summary>The figures count notices decided within this many days, today included.</summary>
    public int WindowDays { get; set; }

    /// <summary>Fewer decided notices than this (overall, or of one kind) are too few to judge: no admission on them, no removal.</summary>
    public int MinDecidedNotices { get; set; }

    /// <summary>Admitted and kept at or above this share of decided notices ending in a takedown.</summary>
    public double AdmitSuccessRate { get; set; }

    /// <summary>Admitted and kept at or below this share of takedowns overturned by a seller's counter-notice. Nullable: 0 is a policy.</summary>
    public double? MaxOverturnedRate { get; set; }

    /// <summary>After an automatic removal, no automatic re-admission for this many days. Nullable: 0 is a policy.</summary>
    public int? CooldownDays { get; set; }

    /// <summary>The brand keeps one bucket per day of the window and writes them on every case: the window is capped.</summary>
    public const int MaxWindowDays = 366;

    internal IEnumerable<string> Problems()
    {
        if (WindowDays is < 1 or > MaxWindowDays) yield return $"Tiers:WindowDays must be 1 to {MaxWindowDays} days.";
        if (MinDecidedNotices < 1) yield return "Tiers:MinDecidedNotices must be a positive number of notices.";
        // Written as "must be inside" so that NaN, which fails every comparison, is refused too.
        if (!(AdmitSuccessRate > 0 && AdmitSuccessRate <= 1)) yield return "Tiers:AdmitSuccessRate must be in (0, 1].";
        if (MaxOverturnedRate is null) yield return "Tiers:MaxOverturnedRate is required.";
        else if (!(MaxOverturnedRate >= 0 && MaxOverturnedRate <= 1)) yield return "Tiers:MaxOverturnedRate must be in [0, 1].";
        if (CooldownDays is null) yield return "Tiers:CooldownDays is required.";
        else if (CooldownDays < 0) yield return "Tiers:CooldownDays must not be negative.";
    }
}
