namespace Grid.Domain;

/// <summary>A decided outcome that moves the brand's accuracy record. Values are stored: append, never renumber.</summary>
public enum BrandOutcome
{
    Upheld = 0,
    Rejected = 1,
    TakenDownAtOnce = 2,
    VerifiedCounterfeit = 3,
    VerifiedGenuine = 4,

    /// <summary>The brand withdrew its notice: whatever it counted before no longer counts.</summary>
    Retracted = 5,

    /// <summary>
    /// The notice was overturned by a successful seller counter-notice (an appeal granted): the takedown it
    /// counted for no longer counts, and it counts against the brand instead.
    /// </summary>
    Overturned = 6,
}
