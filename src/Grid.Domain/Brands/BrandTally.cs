namespace Grid.Domain.Brands;

/// <summary>A brand's record of how its notices and verification answers turned out.</summary>
public readonly record struct BrandTally(
    int Upheld, int Rejected, int TakenDownAtOnce, int VerifiedCounterfeit, int VerifiedGenuine, int Retracted, int Overturned)
{
    /// <summary>Upheld of decided notices; an overturned notice was decided against the brand in the end.</summary>
    public double? Accuracy => AccuracyRatio.Of(Upheld, Rejected + Overturned);

    /// <summary>
    /// Counts one case's outcome. A case counts once; only a retraction or an overturn replaces what it
    /// counted before, taking that back. Null when nothing changes (a replay, or a step that cannot replace).
    /// </summary>
    public BrandTally? Record(BrandOutcome? countedBefore, BrandOutcome outcome)
    {
        if (!Replaces(countedBefore, outcome)) return null;
        var tally = this;
        if (countedBefore is { } taken) tally = tally.Add(taken, -1);
        return tally.Add(outcome, +1);
    }

    /// <summary>Whether <paramref name="outcome"/> is what a case counts as from now on, given what it counted before.</summary>
    public static bool Replaces(BrandOutcome? countedBefore, BrandOutcome outcome) => countedBefore switch
    {
        null => true,
        var before when before == outcome => false,
        // An overturn is final: retracting afterwards must not wipe a lost counter-notice off the record.
        BrandOutcome.Overturned => false,
        _ => outcome switch
        {
            BrandOutcome.Retracted => true,
            // Only a takedown can be overturned; a retraction undone by a counter-notice is one too (upheld, retracted, overturned).
            BrandOutcome.Overturned => countedBefore is BrandOutcome.Upheld or BrandOutcome.TakenDownAtOnce
                or BrandOutcome.VerifiedCounterfeit or BrandOutcome.Retracted,
            _ => false,
        },
    };

    private BrandTally Add(BrandOutcome outcome, int by) => outcome switch
    {
        BrandOutcome.Upheld => this with { Upheld = Upheld + by },
        BrandOutcome.Rejected => this with { Rejected = Rejected + by },
        // Taken down on the brand's word: upheld by trust, and counted apart so an appeal can overturn it.
        BrandOutcome.TakenDownAtOnce => this with { Upheld = Upheld + by, TakenDownAtOnce = TakenDownAtOnce + by },
        BrandOutcome.VerifiedCounterfeit => this with { VerifiedCounterfeit = VerifiedCounterfeit + by },
        BrandOutcome.VerifiedGenuine => this with { VerifiedGenuine = VerifiedGenuine + by },
        BrandOutcome.Retracted => this with { Retracted = Retracted + by },
        BrandOutcome.Overturned => this with { Overturned = Overturned + by },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
