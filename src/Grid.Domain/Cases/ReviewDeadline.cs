namespace Grid.Domain.Cases;

/// <summary>
/// The review SLA after filing: a complaint under review has a due time; if it passes without a decision
/// the case is escalated once. Persistent reminders call these rules; they decide, the reminder only wakes.
/// </summary>
public static class ReviewDeadline
{
    /// <summary>
    /// The case needs a reminder at its due time: it awaits a decision (on the notice, or on an appeal) against
    /// a deadline not yet escalated.
    /// </summary>
    public static bool NeedsWatch(CaseStatus status, DateTimeOffset? dueAt, DateTimeOffset? escalatedAt) =>
        (CaseMachine.AwaitsDecision(status) || CaseMachine.AwaitsOperatorReview(status)) && dueAt is not null && escalatedAt is null;

    /// <summary>Escalate now: watched and due. A reminder that fires early (clock skew between silos) escalates nothing.</summary>
    public static bool ShouldEscalate(CaseStatus status, DateTimeOffset? dueAt, DateTimeOffset? escalatedAt, DateTimeOffset now) =>
        NeedsWatch(status, dueAt, escalatedAt) && IsOverdue(dueAt, now);

    /// <summary>Past due: from the due time itself on. A case without a due time is never overdue.</summary>
    public static bool IsOverdue(DateTimeOffset? dueAt, DateTimeOffset now) => dueAt <= now;

    /// <summary>How long until the reminder should fire; never negative, because a missed deadline is handled at once.</summary>
    public static TimeSpan Until(DateTimeOffset dueAt, DateTimeOffset now) =>
        dueAt > now ? dueAt - now : TimeSpan.Zero;
}
