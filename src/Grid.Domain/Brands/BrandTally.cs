namespace Grid.Domain.Brands;

/// <summary>A brand's record of how its notices and verification answers turned out.</summary>
public readonly record struct BrandTally(
    int Upheld, int Rejected, int TakenDownAtOnce, int VerifiedCounterfeit, int VerifiedGenuine, int Retracted)
{
    public double? Accuracy => AccuracyRatio.Of(Upheld, Rejected);

    /// <summary>
    /// Counts one case's outcome. A case counts once; only a retraction replaces what it counted before,
    /// taking that back. Null when nothing changes (a replay).
    /// </summary>
    public BrandTally? Record(BrandOutcome? countedBefore, BrandOutcome outcome)
    {
        if (countedBefore is { } before && (before == outcome || outcome != BrandOutcome.Retracted)) return null;
        var tally = this;
        if (countedBefore is { } taken) tally = tally.Add(taken, -1);
        return tally.Add(outcome, +1);
    }

    private BrandTally Add(BrandOutcome outcome, int by) => outcome switch
    {
        BrandOutcome.Upheld => this with { Upheld = Upheld + by },
        BrandOutcome.Rejected => this with { Rejected = Rejected + by },
        // Taken down on the brand's word: upheld by trust, and counted apart so an appeal can overturn it.
        BrandOutcome.TakenDownAtOnce => this with { Upheld = Upheld + by, TakenDownAtOnce = TakenDownAtOnce + by },
        BrandOutcome.VerifiedCounterfeit => this with { VerifiedCounterfeit = VerifiedCounterfeit + by },
        BrandOutcome.VerifiedGenuine => this with { VerifiedGenuine = VerifiedGenuine + by },
        BrandOutcome.Retracted => this with { Retracted = Retracted + by },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
