namespace Grid.Domain.Cases;

/// <summary>
/// Joint-Force: a brand asked to verify a flagged listing has a limited time to answer; unanswered, the request
/// expires and the listing stays up. A persistent reminder wakes the case; these rules decide.
/// </summary>
public static class VerificationDeadline
{
    public static DateTimeOffset DueAt(DateTimeOffset requestedAt, VerificationPolicy policy) => requestedAt.AddHours(policy.ExpiresAfterHours);

    public static bool NeedsWatch(CaseStatus status, DateTimeOffset? dueAt) =>
        status == CaseStatus.VerificationRequested && dueAt is not null;

    public static bool ShouldExpire(CaseStatus status, DateTimeOffset? dueAt, DateTimeOffset now) =>
        NeedsWatch(status, dueAt) && dueAt <= now;
}
