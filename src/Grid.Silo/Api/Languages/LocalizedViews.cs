using Grid.Contracts.Cases;
using Grid.Contracts.Listings;

namespace Grid.Silo.Api.Languages;

/// <summary>
/// Views whose text a person reads (statements of reasons, the system's notes, why no case was opened), written
/// in the answer's language as they leave the API; a case's text follows its complaint's language by default.
/// </summary>
public static class LocalizedViews
{
    public static CaseView Localized(this CaseView view, HttpContext http)
    {
        var language = http.AnswerLanguage(view.Language);
        http.Response.SetContentLanguage(language);
        return view with { Statement = view.Statement?.In(language), History = [.. view.History.Select(h => h.In(language))] };
    }

    public static ComplaintView Localized(this ComplaintView view, HttpContext http)
    {
        var language = http.AnswerLanguage(view.Language);
        http.Response.SetContentLanguage(language);
        return view with { Listings = [.. view.Listings.Select(l => l.In(language))] };
    }

    public static ListingView Localized(this ListingView view, HttpContext http)
    {
        var language = http.AnswerLanguage();
        http.Response.SetContentLanguage(language);
        return view with { Takedowns = [.. view.Takedowns.Select(t => t with { Statement = t.Statement.In(language) })] };
    }
}
