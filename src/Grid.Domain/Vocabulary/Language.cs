using System.Text.Json.Serialization;

namespace Grid.Domain;

/// <summary>
/// A language the Grid reads complaints in and writes every message a person reads in. Values are stored
/// (a complaint's language): append, never renumber.
/// </summary>
public enum Language
{
    En = 0,

    /// <summary>Simplified Chinese, as written on the mainland (Taobao, Tmall); on the wire as the tag brands send, zh-CN.</summary>
    [JsonStringEnumMemberName("zh-CN")]
    ZhHans = 1,
}
