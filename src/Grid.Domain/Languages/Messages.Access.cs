namespace Grid.Domain.Languages;

/// <summary>Why a key may not do this (403): its role allows the call, but not on this brand, seller or case.</summary>
public static partial class Messages
{
    public static Message AgentNotAuthorisedToFile(string agentId, string brandId) =>
        Of(MessageKey.AgentNotAuthorisedToFile, ("agentId", agentId), ("brandId", brandId));

    public static Message MayNotFileFor(string brandId) => Of(MessageKey.MayNotFileFor, ("brandId", brandId));
    public static Message OwnComplaintsOnly() => Of(MessageKey.OwnComplaintsOnly);
    public static Message OwnCasesOnly() => Of(MessageKey.OwnCasesOnly);
    public static Message OwnRetractionsOnly() => Of(MessageKey.OwnRetractionsOnly);
    public static Message OwnSellerOnly() => Of(MessageKey.OwnSellerOnly);
    public static Message OwnNoticesOnly() => Of(MessageKey.OwnNoticesOnly);
    public static Message CaseSellerOnly() => Of(MessageKey.CaseSellerOnly);
    public static Message AskedBrandOnly() => Of(MessageKey.AskedBrandOnly);
    public static Message MayNotReadBrand(string brandId) => Of(MessageKey.MayNotReadBrand, ("brandId", brandId));
    public static Message MayNotSubscribe(string brandId) => Of(MessageKey.MayNotSubscribe, ("brandId", brandId));
    public static Message BrandManagesAgents(string brandId) => Of(MessageKey.BrandManagesAgents, ("brandId", brandId));
    public static Message MayNotReadAgent(string agentId) => Of(MessageKey.MayNotReadAgent, ("agentId", agentId));
    public static Message NoOwnManagerView() => Of(MessageKey.NoOwnManagerView);
    public static Message AgentNotAuthorised(string agentId, string brandId) => Of(MessageKey.AgentNotAuthorised, ("agentId", agentId), ("brandId", brandId));

    private static Entry[] Access() =>
    [
        new(MessageKey.AgentNotAuthorisedToFile, "Agent '{agentId}' holds no authorisation from brand '{brandId}' to file for it.",
            "代理方“{agentId}”未获品牌“{brandId}”授权，不能代其投诉。"),
        new(MessageKey.MayNotFileFor, "This key may not file complaints for brand '{brandId}'.", "此密钥无权为品牌“{brandId}”提交投诉。"),
        new(MessageKey.OwnComplaintsOnly, "This key may read only its own complaints.", "此密钥只能查看自己的投诉。"),
        new(MessageKey.OwnCasesOnly, "This key may read only its own cases.", "此密钥只能查看自己的案件。"),
        new(MessageKey.OwnRetractionsOnly, "A brand (or the agent that filed it for the brand) may retract only its own complaints.",
            "品牌（或代其投诉的代理方）只能撤回自己的投诉。"),
        new(MessageKey.OwnSellerOnly, "A seller key may read only its own seller.", "卖家密钥只能查看本店铺的信息。"),
        new(MessageKey.OwnNoticesOnly, "A seller key may read only its own notices.", "卖家密钥只能查看本店铺的处理通知。"),
        new(MessageKey.CaseSellerOnly, "Only the seller this case is against may do this.", "只有被投诉的卖家才能进行此操作。"),
        new(MessageKey.AskedBrandOnly, "Only the brand asked may answer this verification.", "只有被请求核实的品牌才能答复此核实请求。"),
        new(MessageKey.MayNotReadBrand, "This key may not read brand '{brandId}'.", "此密钥无权查看品牌“{brandId}”。"),
        new(MessageKey.MayNotSubscribe, "This key may not subscribe to brand '{brandId}'.", "此密钥无权订阅品牌“{brandId}”的事件。"),
        new(MessageKey.BrandManagesAgents, "Only brand '{brandId}' or an operator manages its agents.",
            "只有品牌“{brandId}”本身或平台运营人员可以管理其代理方。"),
        new(MessageKey.AgentNotAuthorised, "Agent '{agentId}' holds no authorisation from brand '{brandId}'.",
            "代理方“{agentId}”未获品牌“{brandId}”授权。"),
        new(MessageKey.MayNotReadAgent, "This key may not read agent '{agentId}'.", "此密钥无权查看代理方“{agentId}”。"),
        new(MessageKey.NoOwnManagerView, "This operator key names no OperatorId, so it has no account-manager view of its own.",
            "此运营人员密钥未指定 OperatorId，因此没有属于自己的客户经理视图。"),
    ];
}
