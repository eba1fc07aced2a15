namespace Grid.Domain.Languages;

/// <summary>Problem titles, and what the HTTP layer says on its own: unreadable bodies, keys, limits, a busy cluster.</summary>
public static partial class Messages
{
    public static Message BodyTooLarge(long max) => Of(MessageKey.BodyTooLarge, ("max", max));
    public static Message BodyNotJson() => Of(MessageKey.BodyNotJson);
    public static Message ValueNotOneOf(string path, IEnumerable<string> values) => Of(MessageKey.ValueNotOneOf, ("path", path), ("values", string.Join(", ", values)));
    public static Message ValueMalformed(string path) => Of(MessageKey.ValueMalformed, ("path", path));
    public static Message BodyNotUtf8(string charset) => Of(MessageKey.BodyNotUtf8, ("charset", charset));
    public static Message RequestUnreadable(string reason) => Of(MessageKey.RequestUnreadable, ("reason", reason));
    public static Message ClusterBusy() => Of(MessageKey.ClusterBusy);
    public static Message RecordChanged() => Of(MessageKey.RecordChanged);
    public static Message RateLimited(int seconds) => Of(MessageKey.RateLimited, ("seconds", seconds));
    public static Message ApiKeyNeeded() => Of(MessageKey.ApiKeyNeeded);
    public static Message RoleMayNot() => Of(MessageKey.RoleMayNot);
    public static Message NoSuchEndpoint() => Of(MessageKey.NoSuchEndpoint);
    public static Message MethodNotAllowed() => Of(MessageKey.MethodNotAllowed);
    public static Message UnsupportedMediaType() => Of(MessageKey.UnsupportedMediaType);
    public static Message ServerError() => Of(MessageKey.ServerError);

    private static Entry[] Http() =>
    [
        new(MessageKey.TitleValidation, "One or more validation errors occurred.", "请求中有一项或多项输入有误。"),
        new(MessageKey.TitleNotFound, "Not found", "未找到"),
        new(MessageKey.TitleConflict, "Conflict", "操作冲突"),
        new(MessageKey.TitleUnprocessable, "Unprocessable notice", "无法处理的通知"),
        new(MessageKey.TitleForbidden, "Forbidden", "无权操作"),
        new(MessageKey.TitleUnauthorized, "Unauthorized", "未通过身份验证"),
        new(MessageKey.TitleTooManyRequests, "Too many requests", "请求过于频繁"),
        new(MessageKey.TitleTryAgain, "Try again", "请重试"),
        new(MessageKey.TitleBodyTooLarge, "Request body too large", "请求体过大"),
        new(MessageKey.TitleInvalidBody, "Invalid request body", "请求体无效"),
        new(MessageKey.TitleInvalidRequest, "Invalid request", "请求无效"),
        new(MessageKey.TitleMethodNotAllowed, "Method not allowed", "不支持该请求方法"),
        new(MessageKey.TitleUnsupportedMediaType, "Unsupported media type", "不支持的媒体类型"),
        new(MessageKey.TitleServerError, "Server error", "服务器错误"),
        new(MessageKey.TitleUnknownOperator, "Unknown operator", "未知的运营人员"),
        new(MessageKey.BodyTooLarge, "The request body must be at most {max} bytes.", "请求体不能超过 {max} 字节。"),
        new(MessageKey.BodyNotJson, "The request body is not valid JSON for this endpoint.", "请求体不是此接口可接受的有效 JSON。"),
        new(MessageKey.ValueNotOneOf, "The value at '{path}' must be one of: {values}.", "“{path}”处的值必须是以下之一：{values}。"),
        new(MessageKey.ValueMalformed, "The value at '{path}' is malformed or of the wrong type.", "“{path}”处的值格式有误或类型不符。"),
        new(MessageKey.BodyNotUtf8, "The request body must be UTF-8 JSON, not charset '{charset}'.",
            "请求体必须是 UTF-8 编码的 JSON，不能使用字符集“{charset}”。"),
        new(MessageKey.RequestUnreadable, "The request could not be read: {reason}", "无法读取该请求：{reason}"),
        new(MessageKey.ClusterBusy, "The grid could not answer in time; the request is safe to retry.", "系统未能及时响应；可以放心重试此请求。"),
        new(MessageKey.RecordChanged, "The record changed while this request was applied; nothing was lost, and the request is safe to retry.",
            "处理此请求时记录发生了变化；没有数据丢失，可以放心重试此请求。"),
        new(MessageKey.RateLimited, "This key sent more notices than its limit allows; try again in {seconds} seconds.",
            "此密钥提交的通知超出了限额，请在 {seconds} 秒后重试。"),
        new(MessageKey.ApiKeyNeeded, "Send a valid API key in the X-Api-Key header.", "请在 X-Api-Key 请求头中提供有效的 API 密钥。"),
        new(MessageKey.RoleMayNot, "This key's role may not call this endpoint.", "此密钥的角色无权调用此接口。"),
        new(MessageKey.NoSuchEndpoint, "No endpoint answers this path.", "该路径没有对应的接口。"),
        new(MessageKey.MethodNotAllowed, "This endpoint does not take this method.", "此接口不支持该请求方法。"),
        new(MessageKey.UnsupportedMediaType, "Send the request body as application/json.", "请求体须以 application/json 格式发送。"),
        new(MessageKey.ServerError, "Something went wrong on our side; it has been logged.", "服务器内部出错，该问题已记录。"),
    ];
}
