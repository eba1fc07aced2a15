using Grid.Domain.Languages;
using Grid.Silo.Api.Languages;
using Microsoft.Net.Http.Headers;

namespace Grid.Silo.Api.Problems;

/// <summary>
/// The problems ASP.NET Core writes on its own: the status code pages after authentication (401) and authorization
/// (403) refuse a call, an unknown route, an unhandled exception. They get a title and detail in the caller's language.
/// </summary>
public static class FrameworkProblems
{
    public static void Localize(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        // The Grid's own problems are written in the caller's language already, and say so.
        if (response.Headers.ContainsKey(HeaderNames.ContentLanguage)) return;
        (MessageKey Title, Message Detail)? text = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => (MessageKey.TitleUnauthorized, Messages.ApiKeyNeeded()),
            StatusCodes.Status403Forbidden => (MessageKey.TitleForbidden, Messages.RoleMayNot()),
            StatusCodes.Status404NotFound => (MessageKey.TitleNotFound, Messages.NoSuchEndpoint()),
            StatusCodes.Status405MethodNotAllowed => (MessageKey.TitleMethodNotAllowed, Messages.MethodNotAllowed()),
            StatusCodes.Status415UnsupportedMediaType => (MessageKey.TitleUnsupportedMediaType, Messages.UnsupportedMediaType()),
            StatusCodes.Status500InternalServerError => (MessageKey.TitleServerError, Messages.ServerError()),
            _ => null,
        };
        if (text is null) return;
        var (title, detail) = text.Value;
        var language = context.HttpContext.AnswerLanguage();
        context.ProblemDetails.Title = Messages.Render(title, language);
        context.ProblemDetails.Detail ??= detail.In(language);
        response.SetContentLanguage(language);
    }
}
