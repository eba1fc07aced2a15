namespace Grid.Domain;

/// <summary>Where a case stands in its life (DESIGN.md "Case"). Values are stored: append, never renumber.</summary>
public enum CaseStatus
{
    Filed = 0,
    UnderReview = 1,
    TakenDown = 2,
    Upheld = 3,
    Rejected = 4,
    VerificationRequested = 5,
    Cleared = 6,
    Retracted = 7,

    /// <summary>The seller appealed the takedown (a counter-notice); the listing stays blocked until an operator decides.</summary>
    Appealed = 8,

    /// <summary>The appeal was granted: the takedown is undone and the notice counts as overturned.</summary>
    Overturned = 9,

    /// <summary>The appeal was denied: the takedown stands, for good.</summary>
    AppealDenied = 10,

    /// <summary>The brand did not answer the verification request in time: nothing is taken down, the notice is released.</summary>
    VerificationExpired = 11,
}

/// <summary>What moves a case from one status to the next.</summary>
public enum CaseAction
{
    AcceptForReview = 0,
    TakeDownAtOnce = 1,
    Uphold = 2,
    Reject = 3,
    RequestVerification = 4,
    ConfirmCounterfeit = 5,
    ConfirmGenuine = 6,
    Retract = 7,
    RetractTakedown = 8,

    /// <summary>The review deadline passed without a decision: the case stays under review, flagged for operators.</summary>
    Escalate = 9,

    Appeal = 10,
    GrantAppeal = 11,
    DenyAppeal = 12,
    ExpireVerification = 13,
}
