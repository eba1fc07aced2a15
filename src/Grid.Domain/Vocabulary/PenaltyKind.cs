namespace Grid.Domain;

/// <summary>Penalties in rising severity; the order is the severity, so comparisons are meaningful.</summary>
public enum PenaltyKind
{
    None = 0,
    Warning = 1,
    ListingRestriction = 2,
    Suspension = 3,
    Termination = 4,
}

/// <summary>Why a listing answers "blocked".</summary>
public enum BlockReason
{
    Takedown = 0,
    SellerRestricted = 1,
    SellerSuspended = 2,
    SellerTerminated = 3,
}
