namespace Grid.Domain.Cases;

/// <summary>
/// A case has at most one deadline at a time: the review SLA of a complaint, the brand's time to verify a flag,
/// or an operator's time to decide a seller's appeal.
/// </summary>
public static class CaseDeadlines
{
    /// <summary>
    /// The operators' deadline the case is under now and whether it was escalated: the appeal's while the case
    /// is appealed, else the review's. The review queue orders by it and the escalation rule judges it.
    /// </summary>
    public static OperatorDeadline ForOperators(CaseStatus status, OperatorDeadline review, OperatorDeadline appeal) =>
        status == CaseStatus.Appealed ? appeal : review;

    /// <summary>The deadline the case's reminder must watch now; null when none.</summary>
    public static DateTimeOffset? Watched(CaseStatus status, OperatorDeadline operators, DateTimeOffset? verificationDueAt) =>
        ReviewDeadline.NeedsWatch(status, operators.DueAt, operators.EscalatedAt) ? operators.DueAt
        : VerificationDeadline.NeedsWatch(status, verificationDueAt) ? verificationDueAt
        : null;
}

/// <summary>When operators must have decided, and when they were alerted that they had not.</summary>
public readonly record struct OperatorDeadline(DateTimeOffset? DueAt, DateTimeOffset? EscalatedAt);
