namespace Grid.Domain.Cases;

/// <summary>A case has at most one deadline at a time: the review SLA of a complaint, or the brand's time to verify a flag.</summary>
public static class CaseDeadlines
{
    /// <summary>The deadline the case's reminder must watch now; null when none.</summary>
    public static DateTimeOffset? Watched(CaseStatus status, DateTimeOffset? reviewDueAt, DateTimeOffset? escalatedAt, DateTimeOffset? verificationDueAt) =>
        ReviewDeadline.NeedsWatch(status, reviewDueAt, escalatedAt) ? reviewDueAt
        : VerificationDeadline.NeedsWatch(status, verificationDueAt) ? verificationDueAt
        : null;
}
