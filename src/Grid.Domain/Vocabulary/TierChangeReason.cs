namespace Grid.Domain;

/// <summary>Why a brand's program tier changed. Values are stored: append, never renumber.</summary>
public enum TierChangeReason
{
    /// <summary>The brand's figures met every bound over the window: admitted to GoodFaith automatically.</summary>
    Admitted = 0,

    /// <summary>Too few of the brand's decided notices ended in a takedown: removed from GoodFaith automatically.</summary>
    SuccessRateBelowBound = 1,

    /// <summary>Too many of the brand's takedowns were overturned by counter-notices: removed from GoodFaith automatically.</summary>
    OverturnedRateAboveBound = 2,

    /// <summary>An operator set the tier.</summary>
    SetByOperator = 3,
}
