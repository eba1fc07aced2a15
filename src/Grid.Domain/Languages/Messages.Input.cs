namespace Grid.Domain.Languages;

/// <summary>What is wrong with a request's input. Messages naming {field} get it from <see cref="Message.For"/>.</summary>
public static partial class Messages
{
    public static Message Required() => Of(MessageKey.Required);
    public static Message TooLong(int max) => Of(MessageKey.TooLong, ("max", max));
    public static Message PaddedWithSpace() => Of(MessageKey.PaddedWithSpace);
    public static Message ControlCharacters() => Of(MessageKey.ControlCharacters);
    public static Message BrokenUnicode() => Of(MessageKey.BrokenUnicode);
    public static Message Blank() => Of(MessageKey.Blank);
    public static Message NotASlug() => Of(MessageKey.NotASlug);
    public static Message NotAUuid() => Of(MessageKey.NotAUuid);
    public static Message RepeatedHeader() => Of(MessageKey.RepeatedHeader);
    public static Message ListingIdOrIds() => Of(MessageKey.ListingIdOrIds);
    public static Message ListingIdsCount(int max) => Of(MessageKey.ListingIdsCount, ("max", max));
    public static Message ListingIdsRepeated() => Of(MessageKey.ListingIdsRepeated);
    public static Message EvidenceMissing() => Of(MessageKey.EvidenceMissing);
    public static Message EvidenceTooMany(int max) => Of(MessageKey.EvidenceTooMany, ("max", max));
    public static Message LanguageUnknown() => Of(MessageKey.LanguageUnknown);
    public static Message RightsMissing() => Of(MessageKey.RightsMissing);
    public static Message RightsTooMany(int max) => Of(MessageKey.RightsTooMany, ("max", max));
    public static Message BatchIdsMissing() => Of(MessageKey.BatchIdsMissing);
    public static Message BatchIdsTooMany(int max) => Of(MessageKey.BatchIdsTooMany, ("max", max));
    public static Message ScoreOutOfRange() => Of(MessageKey.ScoreOutOfRange);
    public static Message RepeatedQuery() => Of(MessageKey.RepeatedQuery);
    public static Message LimitOutOfRange(int max) => Of(MessageKey.LimitOutOfRange, ("max", max));
    public static Message TrueOrFalse() => Of(MessageKey.TrueOrFalse);
    public static Message NotAQueueStatus(IEnumerable<string> statuses) => Of(MessageKey.NotAQueueStatus, ("statuses", string.Join(", ", statuses)));
    public static Message NotACursor() => Of(MessageKey.NotACursor);
    public static Message InstantRequired() => Of(MessageKey.InstantRequired);
    public static Message InstantMalformed() => Of(MessageKey.InstantMalformed);
    public static Message PeriodBackwards() => Of(MessageKey.PeriodBackwards);
    public static Message PeriodTooLong(int days) => Of(MessageKey.PeriodTooLong, ("days", days));
    public static Message NotAnEventSequence() => Of(MessageKey.NotAnEventSequence);

    private static Entry[] Input() =>
    [
        new(MessageKey.Required, "{field} is required.", "{field} 为必填项。"),
        new(MessageKey.TooLong, "{field} must be at most {max} characters.", "{field} 最多 {max} 个字符。"),
        new(MessageKey.PaddedWithSpace, "{field} must not start or end with white space.", "{field} 的开头和结尾不能是空白字符。"),
        new(MessageKey.ControlCharacters, "{field} must not contain control characters.", "{field} 不能包含控制字符。"),
        new(MessageKey.BrokenUnicode, "{field} must be valid Unicode text.", "{field} 必须是有效的 Unicode 文本。"),
        new(MessageKey.Blank, "{field} must not be blank.", "{field} 不能为空白。"),
        new(MessageKey.NotASlug, "{field} must be 1-32 lower-case letters, digits or '-', e.g. 'taobao'.",
            "{field} 须由 1 至 32 个小写字母、数字或“-”组成，例如“taobao”。"),
        new(MessageKey.NotAUuid, "{field} must be a UUID.", "{field} 必须是 UUID。"),
        new(MessageKey.RepeatedHeader, "Send at most one {field} header.", "{field} 请求头最多只能发送一个。"),
        new(MessageKey.ListingIdOrIds, "Give either listingId or listingIds, not both.", "listingId 与 listingIds 只能提供其中一个，不能同时提供。"),
        new(MessageKey.ListingIdsCount, "listingIds must name 1 to {max} listings.", "listingIds 须列出 1 至 {max} 个商品。"),
        new(MessageKey.ListingIdsRepeated, "listingIds must not repeat a listing.", "listingIds 不能重复列出同一商品。"),
        new(MessageKey.EvidenceMissing, "evidence must give at least one URL or text.", "evidence 须至少提供一个网址或一段文字说明。"),
        new(MessageKey.EvidenceTooMany, "evidence may have at most {max} items.", "evidence 最多 {max} 项。"),
        new(MessageKey.LanguageUnknown, "{field} must be 'en' or 'zh-CN'.", "{field} 只能是“en”或“zh-CN”。"),
        new(MessageKey.RightsMissing, "rights must list at least one registered IP right.", "rights 须至少列出一项已注册的知识产权。"),
        new(MessageKey.RightsTooMany, "rights may list at most {max} entries.", "rights 最多列出 {max} 项。"),
        new(MessageKey.BatchIdsMissing, "listingIds must name at least one listing.", "listingIds 须至少列出一个商品。"),
        new(MessageKey.BatchIdsTooMany, "listingIds may name at most {max} listings.", "listingIds 最多列出 {max} 个商品。"),
        new(MessageKey.ScoreOutOfRange, "score must be a number from 0 to 1.", "score 必须是 0 到 1 之间的数。"),
        new(MessageKey.RepeatedQuery, "{field} may be given once.", "{field} 只能提供一次。"),
        new(MessageKey.LimitOutOfRange, "{field} must be a whole number from 1 to {max}.", "{field} 必须是 1 到 {max} 之间的整数。"),
        new(MessageKey.TrueOrFalse, "{field} must be 'true' or 'false'.", "{field} 只能是“true”或“false”。"),
        new(MessageKey.NotAQueueStatus, "{field} must be a status a case waits in the queue with: {statuses}.",
            "{field} 必须是审核队列中案件所处的状态之一：{statuses}。"),
        new(MessageKey.NotACursor, "{field} must be the 'next' cursor of an earlier page, unchanged.",
            "{field} 必须是前一页返回的“next”游标，且不得改动。"),
        new(MessageKey.InstantRequired, "{field} is required: an ISO 8601 date-time with an offset, e.g. 2026-11-01T00:00:00Z.",
            "{field} 为必填项：须为带时区偏移的 ISO 8601 日期时间，例如 2026-11-01T00:00:00Z。"),
        new(MessageKey.InstantMalformed, "{field} must be an ISO 8601 date-time with an offset, e.g. 2026-11-01T00:00:00Z.",
            "{field} 必须是带时区偏移的 ISO 8601 日期时间，例如 2026-11-01T00:00:00Z。"),
        new(MessageKey.PeriodBackwards, "to must be after from.", "to 必须晚于 from。"),
        new(MessageKey.PeriodTooLong, "A report covers at most {days} days.", "一份报告最多涵盖 {days} 天。"),
        new(MessageKey.NotAnEventSequence, "{field} must be the sequence number of an event: a whole number, 0 or more.",
            "{field} 必须是事件序号：大于或等于 0 的整数。"),
    ];
}
