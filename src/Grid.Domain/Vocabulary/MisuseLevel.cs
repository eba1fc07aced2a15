namespace Grid.Domain;

/// <summary>
/// How far a brand's misuse controls (DSA art. 23) have gone against it for unfounded notices. Stored: append values,
/// never renumber. Each level includes the ones before it; the rule moves one level at a time.
/// </summary>
public enum MisuseLevel
{
    None = 0,

    /// <summary>Told that too many of its notices are rejected; nothing else changes yet.</summary>
    Warned = 1,

    /// <summary>Its notices wait behind everyone else's in the review queue.</summary>
    Demoted = 2,

    /// <summary>It may not file complaints until the suspension ends.</summary>
    Suspended = 3,
}
