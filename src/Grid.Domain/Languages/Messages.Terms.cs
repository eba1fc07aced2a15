using System.Collections.Frozen;
using System.Text.Json;

namespace Grid.Domain.Languages;

/// <summary>
/// The vocabulary's values as words inside messages. In English a term is the value's wire name ("taken-down"),
/// so an English message names exactly what the API sends; in Chinese it is the word Taobao's rules use.
/// </summary>
public static partial class Messages
{
    private static readonly FrozenDictionary<Enum, MessageKey> TermKeys = new Dictionary<Enum, MessageKey>
    {
        [CaseStatus.Filed] = MessageKey.StatusFiled,
        [CaseStatus.UnderReview] = MessageKey.StatusUnderReview,
        [CaseStatus.TakenDown] = MessageKey.StatusTakenDown,
        [CaseStatus.Upheld] = MessageKey.StatusUpheld,
        [CaseStatus.Rejected] = MessageKey.StatusRejected,
        [CaseStatus.VerificationRequested] = MessageKey.StatusVerificationRequested,
        [CaseStatus.Cleared] = MessageKey.StatusCleared,
        [CaseStatus.Retracted] = MessageKey.StatusRetracted,
        [CaseStatus.Appealed] = MessageKey.StatusAppealed,
        [CaseStatus.Overturned] = MessageKey.StatusOverturned,
        [CaseStatus.AppealDenied] = MessageKey.StatusAppealDenied,
        [CaseStatus.VerificationExpired] = MessageKey.StatusVerificationExpired,
        [CaseAction.AcceptForReview] = MessageKey.ActionAcceptForReview,
        [CaseAction.TakeDownAtOnce] = MessageKey.ActionTakeDownAtOnce,
        [CaseAction.Uphold] = MessageKey.ActionUphold,
        [CaseAction.Reject] = MessageKey.ActionReject,
        [CaseAction.RequestVerification] = MessageKey.ActionRequestVerification,
        [CaseAction.ConfirmCounterfeit] = MessageKey.ActionConfirmCounterfeit,
        [CaseAction.ConfirmGenuine] = MessageKey.ActionConfirmGenuine,
        [CaseAction.Retract] = MessageKey.ActionRetract,
        [CaseAction.RetractTakedown] = MessageKey.ActionRetractTakedown,
        [CaseAction.Escalate] = MessageKey.ActionEscalate,
        [CaseAction.Appeal] = MessageKey.ActionAppeal,
        [CaseAction.GrantAppeal] = MessageKey.ActionGrantAppeal,
        [CaseAction.DenyAppeal] = MessageKey.ActionDenyAppeal,
        [CaseAction.ExpireVerification] = MessageKey.ActionExpireVerification,
        [RightType.Trademark] = MessageKey.RightTrademark,
        [RightType.Copyright] = MessageKey.RightCopyright,
        [RightType.Patent] = MessageKey.RightPatent,
        [RightType.Design] = MessageKey.RightDesign,
        [PenaltyKind.None] = MessageKey.PenaltyNone,
        [PenaltyKind.Warning] = MessageKey.PenaltyWarning,
        [PenaltyKind.ListingRestriction] = MessageKey.PenaltyListingRestriction,
        [PenaltyKind.Suspension] = MessageKey.PenaltySuspension,
        [PenaltyKind.Termination] = MessageKey.PenaltyTermination,
    }.ToFrozenDictionary();

    /// <summary>The term a value is written as, if the catalog has one.</summary>
    public static MessageKey? TermOf(Enum value) => TermKeys.TryGetValue(value, out var key) ? key : null;

    // A value added to the vocabulary before the catalog learns its word still reads, as its wire name.
    private static MessageArg Term<T>(string name, T value) where T : struct, Enum =>
        TermOf(value) is { } key ? new(name, null, key) : new(name, JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), null);

    private static Entry[] Terms() =>
    [
        new(MessageKey.StatusFiled, "filed", "已提交"),
        new(MessageKey.StatusUnderReview, "under-review", "审核中"),
        new(MessageKey.StatusTakenDown, "taken-down", "已下架"),
        new(MessageKey.StatusUpheld, "upheld", "投诉成立"),
        new(MessageKey.StatusRejected, "rejected", "投诉不成立"),
        new(MessageKey.StatusVerificationRequested, "verification-requested", "待品牌核实"),
        new(MessageKey.StatusCleared, "cleared", "核实为正品"),
        new(MessageKey.StatusRetracted, "retracted", "已撤回"),
        new(MessageKey.StatusAppealed, "appealed", "申诉中"),
        new(MessageKey.StatusOverturned, "overturned", "申诉成立"),
        new(MessageKey.StatusAppealDenied, "appeal-denied", "申诉驳回"),
        new(MessageKey.StatusVerificationExpired, "verification-expired", "核实已逾期"),
        new(MessageKey.ActionAcceptForReview, "accept-for-review", "受理审核"),
        new(MessageKey.ActionTakeDownAtOnce, "take-down-at-once", "立即下架"),
        new(MessageKey.ActionUphold, "uphold", "认定投诉成立"),
        new(MessageKey.ActionReject, "reject", "驳回投诉"),
        new(MessageKey.ActionRequestVerification, "request-verification", "请求品牌核实"),
        new(MessageKey.ActionConfirmCounterfeit, "confirm-counterfeit", "确认假冒"),
        new(MessageKey.ActionConfirmGenuine, "confirm-genuine", "确认正品"),
        new(MessageKey.ActionRetract, "retract", "撤回投诉"),
        new(MessageKey.ActionRetractTakedown, "retract-takedown", "撤回投诉并恢复商品"),
        new(MessageKey.ActionEscalate, "escalate", "升级处理"),
        new(MessageKey.ActionAppeal, "appeal", "申诉"),
        new(MessageKey.ActionGrantAppeal, "grant-appeal", "支持申诉"),
        new(MessageKey.ActionDenyAppeal, "deny-appeal", "驳回申诉"),
        new(MessageKey.ActionExpireVerification, "expire-verification", "核实逾期"),
        new(MessageKey.RightTrademark, "trademark", "商标"),
        new(MessageKey.RightCopyright, "copyright", "著作权"),
        new(MessageKey.RightPatent, "patent", "专利"),
        new(MessageKey.RightDesign, "design", "外观设计"),
        new(MessageKey.PenaltyNone, "none", "无处罚"),
        new(MessageKey.PenaltyWarning, "warning", "警告"),
        new(MessageKey.PenaltyListingRestriction, "listing-restriction", "限制发布商品"),
        new(MessageKey.PenaltySuspension, "suspension", "店铺暂停"),
        new(MessageKey.PenaltyTermination, "termination", "店铺终止"),
    ];
}
