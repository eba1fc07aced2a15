namespace Grid.Domain.Cases;

/// <summary>What must happen outside the case when it makes a transition. Stored: append bits, never reuse.</summary>
[Flags]
public enum CaseEffect
{
    None = 0,
    BlockListing = 1 << 0,
    StrikeSeller = 1 << 1,
    ReleaseNotice = 1 << 2,
    CountUpheld = 1 << 3,
    CountRejected = 1 << 4,
    CountTakenDownAtOnce = 1 << 5,
    CountVerifiedCounterfeit = 1 << 6,
    CountVerifiedGenuine = 1 << 7,
    TellComplaintFiled = 1 << 8,
    TellListingTakenDown = 1 << 9,
    TellVerificationRequested = 1 << 10,
    TellCaseDecided = 1 << 11,
    RememberDetectorVerdict = 1 << 12,
    UnblockListing = 1 << 13,
    RemoveStrike = 1 << 14,
    CountRetracted = 1 << 15,
    TellListingReinstated = 1 << 16,
    TellReviewOverdue = 1 << 17,
    TellAppealFiled = 1 << 18,
    TellAppealDecided = 1 << 19,
    CountOverturned = 1 << 20,

    /// <summary>Put the case's current entry in the review queue (new, escalated, claimed or released).</summary>
    EnqueueForReview = 1 << 21,

    /// <summary>Take the case out of the review queue: decided or withdrawn.</summary>
    DequeueFromReview = 1 << 22,

    TellVerificationExpired = 1 << 23,
}

public static class CaseEffects
{
    private const CaseEffect Takedown = CaseEffect.BlockListing | CaseEffect.StrikeSeller | CaseEffect.TellListingTakenDown;
    private const CaseEffect Undo =
        CaseEffect.ReleaseNotice | CaseEffect.UnblockListing | CaseEffect.RemoveStrike | CaseEffect.TellListingReinstated;

    /// <summary>
    /// Either queue bit: the case then sends the queue its entry as it stands now (in the queue while it
    /// awaits an operator, out of it otherwise), so bits of several steps owed together still end right.
    /// </summary>
    public const CaseEffect ReviewQueue = CaseEffect.EnqueueForReview | CaseEffect.DequeueFromReview;

    /// <summary>A claim taken or released changes only what the queue shows.</summary>
    public const CaseEffect ClaimChanged = CaseEffect.EnqueueForReview;

    /// <summary>
    /// The consequences of each transition, in one table: an upheld or verified takedown blocks the
    /// listing and strikes the seller; a rejection leaves the listing alone and frees the notice;
    /// every decided complaint moves the brand's accuracy record.
    /// </summary>
    public static CaseEffect For(NoticeSource source, CaseAction action) => (source, action) switch
    {
        (NoticeSource.Complaint, CaseAction.AcceptForReview) => CaseEffect.TellComplaintFiled | CaseEffect.EnqueueForReview,
        (NoticeSource.Complaint, CaseAction.TakeDownAtOnce) =>
            Takedown | CaseEffect.TellComplaintFiled | CaseEffect.CountTakenDownAtOnce,
        (NoticeSource.Complaint, CaseAction.Uphold) =>
            Takedown | CaseEffect.CountUpheld | CaseEffect.TellCaseDecided | CaseEffect.DequeueFromReview,
        (NoticeSource.Complaint, CaseAction.Reject) =>
            CaseEffect.ReleaseNotice | CaseEffect.CountRejected | CaseEffect.TellCaseDecided | CaseEffect.DequeueFromReview,
        (NoticeSource.Complaint, CaseAction.Retract) =>
            CaseEffect.ReleaseNotice | CaseEffect.CountRetracted | CaseEffect.TellCaseDecided | CaseEffect.DequeueFromReview,
        // Undoing a takedown undoes all of it: the listing comes back, the strike goes, the brand's record moves.
        (NoticeSource.Complaint, CaseAction.RetractTakedown) =>
            CaseEffect.ReleaseNotice | CaseEffect.UnblockListing | CaseEffect.RemoveStrike | CaseEffect.CountRetracted
            | CaseEffect.TellListingReinstated | CaseEffect.TellCaseDecided,
        // The queue shows the escalation, so operators see which overdue cases (or appeals) were escalated and when.
        (_, CaseAction.Escalate) => CaseEffect.TellReviewOverdue | CaseEffect.EnqueueForReview,
        // An appeal waits for an operator in the same queue as complaints, under its own deadline.
        (_, CaseAction.Appeal) => CaseEffect.TellAppealFiled | CaseEffect.EnqueueForReview,
        (_, CaseAction.DenyAppeal) => CaseEffect.TellAppealDecided | CaseEffect.DequeueFromReview,
        // A granted appeal undoes the takedown as a retraction does; a brand's notice counts as overturned,
        // while a detector's own takedown has no brand record to move.
        (NoticeSource.Complaint, CaseAction.GrantAppeal) =>
            Undo | CaseEffect.CountOverturned | CaseEffect.TellAppealDecided | CaseEffect.DequeueFromReview,
        (NoticeSource.Flag, CaseAction.GrantAppeal) => Undo | CaseEffect.TellAppealDecided | CaseEffect.DequeueFromReview,
        (NoticeSource.Flag, CaseAction.TakeDownAtOnce) => Takedown,
        (NoticeSource.Flag, CaseAction.RequestVerification) => CaseEffect.TellVerificationRequested,
        (NoticeSource.Flag, CaseAction.ExpireVerification) => CaseEffect.ReleaseNotice | CaseEffect.TellVerificationExpired,
        (NoticeSource.Flag, CaseAction.ConfirmCounterfeit) =>
            Takedown | CaseEffect.CountVerifiedCounterfeit | CaseEffect.RememberDetectorVerdict | CaseEffect.TellCaseDecided,
        (NoticeSource.Flag, CaseAction.ConfirmGenuine) =>
            CaseEffect.ReleaseNotice | CaseEffect.CountVerifiedGenuine | CaseEffect.RememberDetectorVerdict | CaseEffect.TellCaseDecided,
        _ => throw new ArgumentOutOfRangeException(nameof(action), $"{source} cases have no {action} transition."),
    };

    /// <summary>
    /// The effects of a step taken from <paramref name="from"/>: the table's, and whatever step takes a case out of
    /// operator review (a brand retracting a notice under appeal, say) takes it out of the queue too.
    /// </summary>
    public static CaseEffect For(NoticeSource source, CaseStatus from, CaseAction action)
    {
        var effects = For(source, action);
        if (CaseMachine.AwaitsOperatorReview(from) && CaseMachine.TryApply(from, action, out var to) && !CaseMachine.AwaitsOperatorReview(to))
            effects |= CaseEffect.DequeueFromReview;
        return effects;
    }

    /// <summary>Which actions a case from this source accepts; the rest are conflicts, not crashes.</summary>
    public static bool Applies(NoticeSource source, CaseAction action) => (source, action) switch
    {
        (NoticeSource.Complaint, CaseAction.AcceptForReview or CaseAction.TakeDownAtOnce or CaseAction.Uphold or CaseAction.Reject
            or CaseAction.Retract or CaseAction.RetractTakedown or CaseAction.Escalate) => true,
        (NoticeSource.Flag, CaseAction.TakeDownAtOnce or CaseAction.RequestVerification or CaseAction.ConfirmCounterfeit or CaseAction.ConfirmGenuine
            or CaseAction.ExpireVerification) => true,
        (_, CaseAction.Appeal or CaseAction.GrantAppeal or CaseAction.DenyAppeal or CaseAction.Escalate) => true,
        _ => false,
    };

    /// <summary>What a transition's effects count on the brand's record, if anything.</summary>
    public static BrandOutcome? BrandOutcomeOf(CaseEffect e) =>
        e.HasFlag(CaseEffect.CountOverturned) ? BrandOutcome.Overturned
        : e.HasFlag(CaseEffect.CountRetracted) ? BrandOutcome.Retracted
        : e.HasFlag(CaseEffect.CountUpheld) ? BrandOutcome.Upheld
        : e.HasFlag(CaseEffect.CountRejected) ? BrandOutcome.Rejected
        : e.HasFlag(CaseEffect.CountTakenDownAtOnce) ? BrandOutcome.TakenDownAtOnce
        : e.HasFlag(CaseEffect.CountVerifiedCounterfeit) ? BrandOutcome.VerifiedCounterfeit
        : e.HasFlag(CaseEffect.CountVerifiedGenuine) ? BrandOutcome.VerifiedGenuine
        : null;
}
