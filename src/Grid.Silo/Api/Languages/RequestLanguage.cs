using Grid.Domain;
using Grid.Domain.Languages;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Grid.Silo.Api.Languages;

/// <summary>The language an answer is written in: what the caller's Accept-Language asks for, else the notice's language, else English.</summary>
public static class RequestLanguage
{
    private static readonly object AskedKey = new();
    private static readonly object NoticeKey = new();

    /// <summary>The language the caller's Accept-Language asks for, if it names one the Grid writes (<see cref="LanguageTags.Negotiate"/>).</summary>
    public static Language? Asked(this HttpContext http)
    {
        if (http.Items.TryGetValue(AskedKey, out var cached)) return (Language?)cached;
        var asked = Negotiate(http.Request.Headers.AcceptLanguage);
        http.Items[AskedKey] = asked;
        return asked;
    }

    /// <summary>This request is about a notice in <paramref name="language"/> (a complaint being filed): its answers, errors included, follow it.</summary>
    public static void AboutNoticeIn(this HttpContext http, Language language) => http.Items[NoticeKey] = language;

    /// <summary>The language to answer in; <paramref name="notice"/> is the language of the notice the answer is about, if any.</summary>
    public static Language AnswerLanguage(this HttpContext http, Language? notice = null) =>
        LanguageTags.Choose(http.Asked(), notice ?? (http.Items.TryGetValue(NoticeKey, out var about) ? (Language?)about : null));

    /// <summary>Says which languages the answer's human text is in, and that a cache must key it by Accept-Language.</summary>
    public static void SetContentLanguage(this HttpResponse response, params IEnumerable<Language> languages)
    {
        response.Headers.ContentLanguage = string.Join(", ", languages.Distinct().Select(LanguageTags.Tag));
        if (!response.Headers.Vary.Any(v => v?.Contains(HeaderNames.AcceptLanguage, StringComparison.OrdinalIgnoreCase) == true))
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }

    // A header that does not parse asks for nothing: the caller gets the default, never an error for a header it may not control.
    private static Language? Negotiate(StringValues header) =>
        header.Count > 0 && StringWithQualityHeaderValue.TryParseList(header, out var ranges)
            ? LanguageTags.Negotiate(ranges.Select(r => new LanguageRange(r.Value.ToString(), r.Quality ?? 1)))
            : null;
}
