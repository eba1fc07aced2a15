namespace Grid.Domain.Cases;

/// <summary>The case state machine: the one place that says which transitions are legal.</summary>
public static class CaseMachine
{
    private static readonly Dictionary<(CaseStatus, CaseAction), CaseStatus> Transitions = new()
    {
        [(CaseStatus.Filed, CaseAction.AcceptForReview)] = CaseStatus.UnderReview,
        [(CaseStatus.Filed, CaseAction.TakeDownAtOnce)] = CaseStatus.TakenDown,
        [(CaseStatus.Filed, CaseAction.RequestVerification)] = CaseStatus.VerificationRequested,
        [(CaseStatus.UnderReview, CaseAction.Uphold)] = CaseStatus.Upheld,
        [(CaseStatus.UnderReview, CaseAction.Reject)] = CaseStatus.Rejected,
        [(CaseStatus.VerificationRequested, CaseAction.ConfirmCounterfeit)] = CaseStatus.TakenDown,
        [(CaseStatus.VerificationRequested, CaseAction.ConfirmGenuine)] = CaseStatus.Cleared,
        [(CaseStatus.UnderReview, CaseAction.Retract)] = CaseStatus.Retracted,
        [(CaseStatus.TakenDown, CaseAction.RetractTakedown)] = CaseStatus.Retracted,
        [(CaseStatus.Upheld, CaseAction.RetractTakedown)] = CaseStatus.Retracted,
        [(CaseStatus.UnderReview, CaseAction.Escalate)] = CaseStatus.UnderReview,
        [(CaseStatus.Appealed, CaseAction.Escalate)] = CaseStatus.Appealed,
        [(CaseStatus.TakenDown, CaseAction.Appeal)] = CaseStatus.Appealed,
        [(CaseStatus.Upheld, CaseAction.Appeal)] = CaseStatus.Appealed,
        [(CaseStatus.Appealed, CaseAction.GrantAppeal)] = CaseStatus.Overturned,
        [(CaseStatus.Appealed, CaseAction.DenyAppeal)] = CaseStatus.AppealDenied,
        [(CaseStatus.Appealed, CaseAction.RetractTakedown)] = CaseStatus.Retracted,
        [(CaseStatus.AppealDenied, CaseAction.RetractTakedown)] = CaseStatus.Retracted,
        [(CaseStatus.VerificationRequested, CaseAction.ExpireVerification)] = CaseStatus.VerificationExpired,
    };

    /// <summary>A brand withdrawing its notice: before a decision it only closes the case; after a takedown it undoes it.</summary>
    public static CaseAction RetractionOf(CaseStatus current) =>
        BlocksListing(current) ? CaseAction.RetractTakedown : CaseAction.Retract;

    public static bool TryApply(CaseStatus from, CaseAction action, out CaseStatus to) =>
        Transitions.TryGetValue((from, action), out to);

    /// <summary>Still waiting for someone's answer.</summary>
    public static bool AwaitsDecision(CaseStatus status) =>
        status is CaseStatus.Filed or CaseStatus.UnderReview or CaseStatus.VerificationRequested;

    /// <summary>
    /// Waiting for an operator's decision, on a complaint or on a seller's appeal: the case is in the review queue,
    /// and operators may claim it.
    /// </summary>
    public static bool AwaitsOperatorReview(CaseStatus status) => status is CaseStatus.UnderReview or CaseStatus.Appealed;

    /// <summary>The case keeps its listing blocked and counts as a strike.</summary>
    public static bool BlocksListing(CaseStatus status) =>
        status is CaseStatus.TakenDown or CaseStatus.Upheld or CaseStatus.Appealed or CaseStatus.AppealDenied;

    /// <summary>
    /// While this holds, the same notice (same brand and right, or same detector) on the same listing
    /// is the same case: a resend must not open a second case or cost a second strike.
    /// </summary>
    public static bool HoldsNotice(CaseStatus status) => AwaitsDecision(status) || BlocksListing(status);
}
