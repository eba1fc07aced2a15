namespace Grid.Domain;

/// <summary>A decided outcome that moves the brand's accuracy record.</summary>
public enum BrandOutcome
{
    Upheld = 0,
    Rejected = 1,
    TakenDownAtOnce = 2,
    VerifiedCounterfeit = 3,
    VerifiedGenuine = 4,

    /// <summary>The brand withdrew its notice: whatever it counted before no longer counts.</summary>
    Retracted = 5,

    /// <summary>The seller's counter-notice succeeded: the notice was wrong, and whatever it counted before no longer counts.</summary>
    Overturned = 6,
}
