namespace Grid.Domain;

/// <summary>
/// The declarative enforcement policy, bound from config/enforcement.json (section Grid:Enforcement).
/// It carries no defaults of its own: the file is the one place the numbers live, and
/// <see cref="Validate"/> stops the silo when something is missing or contradictory.
/// </summary>
public sealed class EnforcementPolicy
{
    public const string Section = "Grid:Enforcement";

    public ReviewPolicy Review { get; set; } = new();
    public FlagThresholds Flags { get; set; } = new();
    public StrikePolicy Strikes { get; set; } = new();
    public List<PenaltyRung> PenaltyLadder { get; set; } = [];
    public AppealPolicy Appeals { get; set; } = new();
    public VerificationPolicy Verification { get; set; } = new();
    public TierPolicy Tiers { get; set; } = new();
    public MisusePolicy Misuse { get; set; } = new();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!(Review.DueWithinHours > 0 && double.IsFinite(Review.DueWithinHours))) errors.Add("Review:DueWithinHours must be a positive number of hours.");
        if (!(Review.ClaimMinutes > 0 && Review.ClaimMinutes <= ReviewPolicy.MaxClaimMinutes))
            errors.Add($"Review:ClaimMinutes must be a positive number of minutes, at most {ReviewPolicy.MaxClaimMinutes}.");
        if (Review.QueuePartitions is < 1 or > ReviewPolicy.MaxQueuePartitions)
            errors.Add($"Review:QueuePartitions must be a whole number from 1 to {ReviewPolicy.MaxQueuePartitions}.");
        // Written as "must be inside" so that NaN, which fails every comparison, is refused too.
        if (!(Flags.Verify > 0 && Flags.Verify <= 1)) errors.Add("Flags:Verify must be in (0, 1].");
        if (!(Flags.AutoTakedown > 0 && Flags.AutoTakedown <= 1)) errors.Add("Flags:AutoTakedown must be in (0, 1].");
        if (Flags.Verify > Flags.AutoTakedown) errors.Add("Flags:Verify must not exceed Flags:AutoTakedown.");
        if (Strikes.ExpiryDays <= 0) errors.Add("Strikes:ExpiryDays must be a positive number of days.");
        if (!(Verification.ExpiresAfterHours > 0 && double.IsFinite(Verification.ExpiresAfterHours)))
            errors.Add("Verification:ExpiresAfterHours must be a positive number of hours.");
        if (Appeals.WindowMonths <= 0) errors.Add("Appeals:WindowMonths must be a positive number of months.");
        if (Appeals.AnswerWorkingDays <= 0) errors.Add("Appeals:AnswerWorkingDays must be a positive number of working days.");
        if (!(Appeals.DecisionHours > 0 && double.IsFinite(Appeals.DecisionHours))) errors.Add("Appeals:DecisionHours must be a positive number of hours.");
        if (PenaltyLadder.Count == 0) errors.Add("PenaltyLadder needs at least one rung.");
        for (var i = 0; i < PenaltyLadder.Count; i++)
        {
            foreach (var problem in PenaltyLadder[i].Problems())
                errors.Add($"PenaltyLadder:{i}: {problem}");
        }
        if (PenaltyLadder.GroupBy(r => r.Penalty).Any(g => g.Count() > 1))
            errors.Add("PenaltyLadder has two rungs for the same penalty.");
        errors.AddRange(Tiers.Problems());
        errors.AddRange(Misuse.Problems(Tiers));
        return errors;
    }
}

public sealed class ReviewPolicy
{
    /// <summary>The SLA: a complaint under review is due this many hours after filing.</summary>
    public double DueWithinHours { get; set; }

    /// <summary>How long an operator's claim on a case holds before it lapses by itself.</summary>
    public double ClaimMinutes { get; set; }

    /// <summary>
    /// How many partitions the review queue is spread over. Keep it for the life of a deployment: every
    /// case remembers its partition, but a lowered count leaves the dropped partitions' cases unread.
    /// </summary>
    public int QueuePartitions { get; set; }

    // Bounds that catch a typo, not policy: a claim longer than a week is no claim, and every page reads every partition.
    public const double MaxClaimMinutes = 7 * 24 * 60;
    public const int MaxQueuePartitions = 256;
}

public sealed class FlagThresholds
{
    /// <summary>At or above: taken down proactively, without a person.</summary>
    public double AutoTakedown { get; set; }

    /// <summary>At or above (and below <see cref="AutoTakedown"/>): the brand is asked to verify.</summary>
    public double Verify { get; set; }
}

public sealed class VerificationPolicy
{
    /// <summary>A verification request the brand has not answered after this many hours expires.</summary>
    public double ExpiresAfterHours { get; set; }
}

public sealed class AppealPolicy
{
    /// <summary>A seller may appeal a takedown for this many months after the decision (DSA art. 20: at least six).</summary>
    public int WindowMonths { get; set; }

    /// <summary>A seller may answer a pending complaint for this many working days after filing.</summary>
    public int AnswerWorkingDays { get; set; }

    /// <summary>An operator should decide an appeal within this many hours of its filing; past it, the appeal is escalated.</summary>
    public double DecisionHours { get; set; }
}

public sealed class StrikePolicy
{
    public int ExpiryDays { get; set; }
}

/// <summary>
/// One rung of the penalty ladder. It holds either when the seller has <see cref="ActiveStrikes"/>
/// unexpired strikes, or when it took <see cref="Strikes"/> strikes within <see cref="WithinDays"/>
/// (expired or not: a seller cannot wait out a termination).
/// </summary>
public sealed class PenaltyRung
{
    public PenaltyKind Penalty { get; set; }
    public int? ActiveStrikes { get; set; }
    public int? Strikes { get; set; }
    public int? WithinDays { get; set; }

    /// <summary>How long the penalty lasts; none for a warning (lasts while its rung holds) or a termination (permanent).</summary>
    public int? DurationDays { get; set; }

    internal IEnumerable<string> Problems()
    {
        if (Penalty == PenaltyKind.None) yield return "Penalty must be Warning, ListingRestriction, Suspension or Termination.";
        var byActive = ActiveStrikes is not null;
        var byWindow = Strikes is not null || WithinDays is not null;
        if (byActive == byWindow) yield return "give either ActiveStrikes, or Strikes with WithinDays.";
        if (ActiveStrikes is <= 0) yield return "ActiveStrikes must be positive.";
        if (byWindow && (Strikes is not > 0 || WithinDays is not > 0)) yield return "Strikes and WithinDays must both be positive.";
        if (Penalty is PenaltyKind.ListingRestriction or PenaltyKind.Suspension && DurationDays is not > 0)
            yield return $"{Penalty} needs a positive DurationDays.";
        if (Penalty is PenaltyKind.Warning or PenaltyKind.Termination && DurationDays is not null)
            yield return $"{Penalty} takes no DurationDays.";
    }
}
