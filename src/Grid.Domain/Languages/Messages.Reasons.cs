using System.Globalization;

namespace Grid.Domain.Languages;

/// <summary>The sentences of a statement of reasons (DSA art. 17), for takedowns and for penalties on the seller's account.</summary>
public static partial class Messages
{
    public static Message TakedownDecision() => Of(MessageKey.TakedownDecision);

    public static Message FactsAutomatedFlag(string? detector, double? score) =>
        Of(MessageKey.FactsAutomatedFlag, ("detector", detector ?? ""), Score(score));

    public static Message FactsVerifiedFlag(string? detector, double? score, string? brandId) =>
        Of(MessageKey.FactsVerifiedFlag, ("detector", detector ?? ""), Score(score), ("brandId", brandId ?? ""));

    public static Message FactsGoodFaithComplaint(string? brandId, NoticeKind? kind) =>
        Of(MessageKey.FactsGoodFaithComplaint, ("brandId", brandId ?? ""), ("kind", Describe(kind)));

    public static Message FactsUpheldComplaint(string? brandId, NoticeKind? kind) =>
        Of(MessageKey.FactsUpheldComplaint, ("brandId", brandId ?? ""), ("kind", Describe(kind)));

    public static Message GroundRight(RightType type, string? registrationNumber) =>
        Of(MessageKey.GroundRight, Term("rightType", type), ("number", registrationNumber ?? ""));

    public static Message GroundNoRight() => Of(MessageKey.GroundNoRight);
    public static Message GroundBrandRights(string brandId) => Of(MessageKey.GroundBrandRights, ("brandId", brandId));
    public static Message CategoryCounterfeit() => Of(MessageKey.CategoryCounterfeit);
    public static Message CategoryIpInfringement() => Of(MessageKey.CategoryIpInfringement);
    public static Message Redress() => Of(MessageKey.Redress);
    public static Message WarningDecision() => Of(MessageKey.WarningDecision);
    public static Message RestrictionDecision(DateTimeOffset? until) => Of(MessageKey.RestrictionDecision, Until(until));
    public static Message SuspensionDecision(DateTimeOffset? until) => Of(MessageKey.SuspensionDecision, Until(until));
    public static Message TerminationDecision() => Of(MessageKey.TerminationDecision);

    public static Message PenaltyFacts(int activeStrikes, PenaltyKind rung) =>
        Of(MessageKey.PenaltyFacts, ("strikes", activeStrikes), Term("rung", rung));

    public static Message PenaltyGround() => Of(MessageKey.PenaltyGround);

    /// <summary>What a complaint of this kind says the listing is.</summary>
    private static MessageKey Describe(NoticeKind? kind) => kind switch
    {
        NoticeKind.Counterfeit => MessageKey.DescribeCounterfeit,
        NoticeKind.Trademark => MessageKey.DescribeTrademark,
        NoticeKind.Copyright => MessageKey.DescribeCopyright,
        NoticeKind.Patent => MessageKey.DescribePatent,
        NoticeKind.Design => MessageKey.DescribeDesign,
        _ => MessageKey.DescribeUnnamed,
    };

    private static MessageArg Score(double? score) => new("score", score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", null);

    private static MessageArg Until(DateTimeOffset? until) => new("until", until?.ToString("O", CultureInfo.InvariantCulture) ?? "", null);

    private static Entry[] Reasons() =>
    [
        new(MessageKey.TakedownDecision, "Visibility restriction: the listing is removed from the marketplace.", "可见性限制：该商品已从平台下架。"),
        new(MessageKey.FactsAutomatedFlag,
            "Detector '{detector}' scored the listing {score} as likely counterfeit, at or above the automatic takedown threshold.",
            "检测模型“{detector}”对该商品的假冒可能性评分为 {score}，达到或超过自动下架阈值。"),
        new(MessageKey.FactsVerifiedFlag,
            "Detector '{detector}' flagged the listing (score {score}); brand '{brandId}' examined it and confirmed it counterfeit.",
            "检测模型“{detector}”标记了该商品（评分 {score}）；品牌“{brandId}”核实后确认其为假冒商品。"),
        new(MessageKey.FactsGoodFaithComplaint,
            "Brand '{brandId}', a Good Faith Takedown participant, reported the listing as {kind}.",
            "品牌“{brandId}”（诚信投诉快速下架计划成员）投诉该商品涉嫌{kind}。"),
        new(MessageKey.FactsUpheldComplaint,
            "Brand '{brandId}' reported the listing as {kind}; an operator reviewed the notice and upheld it.",
            "品牌“{brandId}”投诉该商品涉嫌{kind}；平台审核人员审核后认定投诉成立。"),
        new(MessageKey.GroundRight, "{rightType} {number}", "{rightType}（注册号：{number}）"),
        new(MessageKey.GroundNoRight, "counterfeit goods (no specific right named)", "假冒商品（未指明具体权利）"),
        new(MessageKey.GroundBrandRights, "IP rights of brand '{brandId}'", "品牌“{brandId}”的知识产权"),
        new(MessageKey.CategoryCounterfeit, "counterfeit goods", "假冒商品"),
        new(MessageKey.CategoryIpInfringement, "intellectual property infringement", "知识产权侵权"),
        new(MessageKey.Redress,
            "The seller may contest this decision within 6 months through the platform's internal complaint-handling system (counter-notice).",
            "卖家可在 6 个月内通过平台内部申诉渠道（反通知）对本处理决定提出申诉。"),
        new(MessageKey.WarningDecision, "Warning: no restriction yet; further strikes lead to restrictions.", "警告：暂不限制；再次违规将受到限制处罚。"),
        new(MessageKey.RestrictionDecision, "Account restriction: new listings stay blocked until {until}.", "账户限制：{until} 前新发布的商品均被屏蔽。"),
        new(MessageKey.SuspensionDecision, "Account suspension: every listing is blocked until {until}.", "账户暂停：{until} 前店铺内所有商品均被屏蔽。"),
        new(MessageKey.TerminationDecision, "Account termination: every listing is blocked for good.", "账户终止：店铺内所有商品永久屏蔽。"),
        new(MessageKey.PenaltyFacts,
            "The seller had {strikes} active strikes, each an upheld intellectual property notice, which reaches the '{rung}' rung of the platform's published penalty ladder.",
            "该卖家有 {strikes} 次有效违规记录（每次均为认定成立的知识产权投诉），已达到平台公示的处罚阶梯中的“{rung}”一级。"),
        new(MessageKey.PenaltyGround, "repeated infringement of intellectual property rights (terms of service)", "多次侵犯知识产权（违反平台服务协议）"),
        new(MessageKey.DescribeCounterfeit, "counterfeit goods", "假冒商品"),
        new(MessageKey.DescribeTrademark, "trademark infringement", "商标侵权"),
        new(MessageKey.DescribeCopyright, "copyright infringement", "著作权侵权"),
        new(MessageKey.DescribePatent, "patent infringement", "专利侵权"),
        new(MessageKey.DescribeDesign, "design infringement", "外观设计侵权"),
        new(MessageKey.DescribeUnnamed, "infringing", "侵权"),
    ];
}
