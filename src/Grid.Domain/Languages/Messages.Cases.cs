namespace Grid.Domain.Languages;

/// <summary>Why a command on a case, brand or listing was not carried out (404, 409, 422), and the notes the system writes on a case.</summary>
public static partial class Messages
{
    public static Message CaseNotFound(Guid caseId) => Of(MessageKey.CaseNotFound, ("caseId", caseId));

    public static Message CaseCannotTake(Guid caseId, CaseStatus status, CaseAction action) =>
        Of(MessageKey.CaseCannotTake, ("caseId", caseId), Term("status", status), Term("action", action));

    public static Message NotClaimable(Guid caseId, CaseStatus status) => Of(MessageKey.NotClaimable, ("caseId", caseId), Term("status", status));
    public static Message NotInReviewQueue(Guid caseId, CaseStatus status) => Of(MessageKey.NotInReviewQueue, ("caseId", caseId), Term("status", status));

    public static Message ClaimedAgainstClaim(Guid caseId, string holder, DateTimeOffset until) => Claimed(MessageKey.ClaimedAgainstClaim, caseId, holder, until);
    public static Message ClaimedAgainstDecision(Guid caseId, string holder, DateTimeOffset until) => Claimed(MessageKey.ClaimedAgainstDecision, caseId, holder, until);
    public static Message ClaimedAgainstRelease(Guid caseId, string holder, DateTimeOffset until) => Claimed(MessageKey.ClaimedAgainstRelease, caseId, holder, until);

    public static Message BrandNotRegistered(string brandId) => Of(MessageKey.BrandNotRegistered, ("brandId", brandId));

    public static Message RightNotRegistered(string brandId, RightType type, string registrationNumber) =>
        Of(MessageKey.RightNotRegistered, ("brandId", brandId), Term("rightType", type), ("number", registrationNumber));

    public static Message BrandSuspended(string brandId, DateTimeOffset until) => Of(MessageKey.BrandSuspended, ("brandId", brandId), ("until", until));
    public static Message AgentSuspended(string agentId, DateTimeOffset until) => Of(MessageKey.AgentSuspended, ("agentId", agentId), ("until", until));
    public static Message UnknownOperator(string operatorId) => Of(MessageKey.UnknownOperator, ("operatorId", operatorId));
    public static Message ListingNotInCatalog(string listingId) => Of(MessageKey.ListingNotInCatalog, ("listingId", listingId));
    public static Message IdempotencyKeyUsedForOtherNotice() => Of(MessageKey.IdempotencyKeyUsedForOtherNotice);
    public static Message IdempotencyKeyUsedForOtherComplaint() => Of(MessageKey.IdempotencyKeyUsedForOtherComplaint);
    public static Message NoticeBeingFiled(string listingId) => Of(MessageKey.NoticeBeingFiled, ("listingId", listingId));
    public static Message NoCaseOpened() => Of(MessageKey.NoCaseOpened);
    public static Message CaseBeingOpened() => Of(MessageKey.CaseBeingOpened);
    public static Message AlreadyAnswered() => Of(MessageKey.AlreadyAnswered);
    public static Message AlreadyAppealed() => Of(MessageKey.AlreadyAppealed);
    public static Message OnlyTakedownsAppealable() => Of(MessageKey.OnlyTakedownsAppealable);
    public static Message AppealWindowClosed(int months) => Of(MessageKey.AppealWindowClosed, ("months", months));
    public static Message OnlyPendingAnswerable() => Of(MessageKey.OnlyPendingAnswerable);
    public static Message AnswerWindowClosed(DateTimeOffset due) => Of(MessageKey.AnswerWindowClosed, ("due", due));
    public static Message ReviewOverdueNote(DateTimeOffset due) => Of(MessageKey.ReviewOverdueNote, ("due", due));
    public static Message AppealOverdueNote(DateTimeOffset due) => Of(MessageKey.AppealOverdueNote, ("due", due));
    public static Message VerificationExpiredNote(DateTimeOffset due) => Of(MessageKey.VerificationExpiredNote, ("due", due));

    private static Message Claimed(MessageKey key, Guid caseId, string holder, DateTimeOffset until) =>
        Of(key, ("caseId", caseId), ("operator", holder), ("until", until));

    private static Entry[] Cases() =>
    [
        new(MessageKey.CaseNotFound, "Case {caseId} does not exist.", "案件 {caseId} 不存在。"),
        new(MessageKey.CaseCannotTake, "Case {caseId} is {status}; it cannot take '{action}'.",
            "案件 {caseId} 当前状态为“{status}”，不能执行“{action}”。"),
        new(MessageKey.NotClaimable, "Case {caseId} is {status}; only a case under review can be claimed.",
            "案件 {caseId} 当前状态为“{status}”；只有审核中的案件才能认领。"),
        new(MessageKey.NotInReviewQueue, "Case {caseId} is {status}; it is not in the review queue.",
            "案件 {caseId} 当前状态为“{status}”，不在审核队列中。"),
        new(MessageKey.ClaimedAgainstClaim, "Case {caseId} is claimed by {operator} until {until}; no other operator may claim it until then.",
            "案件 {caseId} 已由 {operator} 认领，有效期至 {until}；在此之前，其他审核人员不能认领该案件。"),
        new(MessageKey.ClaimedAgainstDecision, "Case {caseId} is claimed by {operator} until {until}; no other operator may decide it until then.",
            "案件 {caseId} 已由 {operator} 认领，有效期至 {until}；在此之前，其他审核人员不能对该案件作出处理决定。"),
        new(MessageKey.ClaimedAgainstRelease, "Case {caseId} is claimed by {operator} until {until}; no other operator may release it until then.",
            "案件 {caseId} 已由 {operator} 认领，有效期至 {until}；在此之前，其他审核人员不能释放该认领。"),
        new(MessageKey.BrandNotRegistered, "Brand '{brandId}' is not registered.", "品牌“{brandId}”尚未登记。"),
        new(MessageKey.RightNotRegistered, "Brand '{brandId}' has no registered {rightType} '{number}'.",
            "品牌“{brandId}”未登记注册号为“{number}”的{rightType}。"),
        new(MessageKey.BrandSuspended, "Brand '{brandId}' is suspended from filing until {until}: too many of its notices were rejected.",
            "品牌“{brandId}”被驳回的投诉过多，已被暂停投诉资格，至 {until} 为止。"),
        new(MessageKey.AgentSuspended, "Agent '{agentId}' is suspended from filing until {until}: too many of its notices were rejected.",
            "代理方“{agentId}”被驳回的投诉过多，已被暂停投诉资格，至 {until} 为止。"),
        new(MessageKey.UnknownOperator, "No operator key has OperatorId '{operatorId}'.", "没有任何运营人员密钥的 OperatorId 为“{operatorId}”。"),
        new(MessageKey.ListingNotInCatalog, "Listing '{listingId}' is not in the catalog.", "商品“{listingId}”不在商品库中。"),
        new(MessageKey.IdempotencyKeyUsedForOtherNotice, "This Idempotency-Key was already used for a different notice.",
            "此 Idempotency-Key 已用于另一条通知。"),
        new(MessageKey.IdempotencyKeyUsedForOtherComplaint, "This Idempotency-Key was already used for a different complaint.",
            "此 Idempotency-Key 已用于另一项投诉。"),
        new(MessageKey.NoticeBeingFiled, "Another notice on listing '{listingId}' is being filed at this moment; retry.",
            "商品“{listingId}”的另一条通知正在提交中，请重试。"),
        new(MessageKey.NoCaseOpened, "No case was opened.", "未立案。"),
        new(MessageKey.CaseBeingOpened, "The case is being opened; send the complaint again.", "案件正在立案中，请重新提交该投诉。"),
        new(MessageKey.AlreadyAnswered, "The seller has already answered this complaint.", "卖家已答复过此投诉。"),
        new(MessageKey.AlreadyAppealed, "This case is already under appeal.", "此案件已在申诉中。"),
        new(MessageKey.OnlyTakedownsAppealable, "Only a takedown in force can be appealed.", "只有仍然有效的下架处理才能申诉。"),
        new(MessageKey.AppealWindowClosed, "The appeal window of {months} months after the decision has closed.",
            "申诉期（处理决定作出后 {months} 个月内）已结束。"),
        new(MessageKey.OnlyPendingAnswerable, "Only a complaint awaiting review can be answered.", "只有待审核的投诉才能答复。"),
        new(MessageKey.AnswerWindowClosed, "The time to answer ended at {due}.", "答复期限已于 {due} 届满。"),
        new(MessageKey.ReviewOverdueNote, "Review overdue: it was due at {due}.", "审核超时：审核期限为 {due}。"),
        new(MessageKey.AppealOverdueNote, "Appeal overdue: it was due at {due}.", "申诉处理超时：处理期限为 {due}。"),
        new(MessageKey.VerificationExpiredNote, "The brand did not answer by {due}.", "品牌方未在 {due} 前答复核实请求。"),
    ];
}
