namespace Grid.Domain;

/// <summary>
/// Misuse controls (DSA art. 23): when a brand's notices are rejected often, it is warned, demoted, then suspended
/// from filing. Bound from config/enforcement.json (Grid:Enforcement:Misuse); no defaults here.
/// </summary>
public sealed class MisusePolicy
{
    /// <summary>The figures count notices decided within this many days, today included (read from the tier window's day buckets).</summary>
    public int WindowDays { get; set; }

    /// <summary>Fewer decided notices than this in the window are too few to call a brand a misuser.</summary>
    public int MinDecidedNotices { get; set; }

    /// <summary>At or above this share of decided notices rejected, the brand is breaching.</summary>
    public double RejectedRate { get; set; }

    /// <summary>Days at a level, still breaching, before the next level; and days without a breach before one level down.</summary>
    public int StepDays { get; set; }

    /// <summary>How long a suspension from filing lasts.</summary>
    public int SuspensionDays { get; set; }

    internal IEnumerable<string> Problems(TierPolicy tiers)
    {
        if (WindowDays < 1) yield return "Misuse:WindowDays must be a positive number of days.";
        // The brand keeps day buckets for the tier window only; a longer misuse window would read days already dropped.
        else if (WindowDays > tiers.WindowDays) yield return "Misuse:WindowDays must not exceed Tiers:WindowDays.";
        if (MinDecidedNotices < 1) yield return "Misuse:MinDecidedNotices must be a positive number of notices.";
        // Written as "must be inside" so that NaN, which fails every comparison, is refused too.
        if (!(RejectedRate > 0 && RejectedRate <= 1)) yield return "Misuse:RejectedRate must be in (0, 1].";
        if (StepDays < 1) yield return "Misuse:StepDays must be a positive number of days.";
        if (SuspensionDays < 1) yield return "Misuse:SuspensionDays must be a positive number of days.";
    }
}
