using Grid.Domain.Languages;
using Grid.Silo.Api.Languages;

namespace Grid.Silo.Api.Problems;

/// <summary>
/// A problem details answer (404, 409, 422, 403, 429...) whose title and detail are written in the caller's
/// language only when it is sent, where the request is known.
/// </summary>
public sealed class LocalizedProblem(int status, MessageKey title, Message? detail, string? untranslatedDetail = null) : IResult, IStatusCodeHttpResult
{
    public int StatusCode => status;

    int? IStatusCodeHttpResult.StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var language = httpContext.AnswerLanguage();
        httpContext.Response.SetContentLanguage(language);
        return TypedResults.Problem(
            detail: detail?.In(language) ?? untranslatedDetail, statusCode: status, title: Messages.Render(title, language)).ExecuteAsync(httpContext);
    }
}
