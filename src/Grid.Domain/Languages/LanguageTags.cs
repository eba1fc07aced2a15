namespace Grid.Domain.Languages;

/// <summary>One language range of an Accept-Language header, as the HTTP layer parsed it.</summary>
public readonly record struct LanguageRange(string Tag, double Quality);

/// <summary>
/// Which language to write in: the language tags the Grid reads (a complaint's <c>language</c>, the caller's
/// Accept-Language) and the rule that picks one. Tags compare case-insensitively, as BCP 47 says.
/// </summary>
public static class LanguageTags
{
    // Simplified Chinese is the script of the mainland, Singapore and Malaysia; zh alone means it on every
    // marketplace the Grid serves. Traditional (zh-TW, zh-HK, zh-Hant) is not written, so it is not matched.
    private static readonly string[] SimplifiedChinese = ["zh", "zh-CN", "zh-Hans", "zh-SG", "zh-MY"];

    /// <summary>
    /// The language a complaint names ("en" or "zh-CN"), or null when it names none the Grid reads. "zh" is read as
    /// Simplified Chinese too: it is what complaints carried before zh-CN was the tag.
    /// </summary>
    public static Language? OfComplaint(string tag) =>
        Is(tag, "en") ? Language.En
        : Is(tag, "zh-CN") || Is(tag, "zh") ? Language.ZhHans
        : null;

    /// <summary>The tag a language is written with on the wire and in Content-Language.</summary>
    public static string Tag(Language language) => language == Language.ZhHans ? "zh-CN" : "en";

    /// <summary>
    /// The language a caller asked for: the first of its ranges, by falling quality and then in the order sent,
    /// that the Grid writes in. Null when it asked for none of them, or said any language will do ("*"),
    /// so the caller of this decides (the complaint's language, else English). A quality of 0 means "not this".
    /// </summary>
    public static Language? Negotiate(IEnumerable<LanguageRange> ranges)
    {
        foreach (var range in ranges.Where(r => r.Quality > 0).OrderByDescending(r => r.Quality))
        {
            if (range.Tag == "*") return null;
            if (Matches(range.Tag, "en")) return Language.En;
            if (SimplifiedChinese.Any(s => Is(range.Tag, s)) || Matches(range.Tag, "zh-Hans")) return Language.ZhHans;
        }
        return null;
    }

    /// <summary>A complaint is in the language it names; naming none, in the one its sender asked answers in; else English.</summary>
    public static Language OfFiling(Language? named, Language? asked) => named ?? asked ?? Language.En;

    /// <summary>What a person reads is written in the language they asked for, else that of the notice it is about, else English.</summary>
    public static Language Choose(Language? asked, Language? notice = null) => asked ?? notice ?? Language.En;

    private static bool Is(string tag, string expected) => string.Equals(tag, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag is <paramref name="prefix"/> or a more specific tag under it (en-GB under en, zh-Hans-CN under zh-Hans).</summary>
    private static bool Matches(string tag, string prefix) =>
        Is(tag, prefix) || (tag.Length > prefix.Length && tag[prefix.Length] == '-' && tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
