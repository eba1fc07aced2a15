using System.Reflection;
using Grid.Domain.Languages;
using Grid.Silo.Api.Languages;
using Microsoft.AspNetCore.Http.Metadata;

namespace Grid.Silo.Api.Problems;

/// <summary>A 400 validation problem: every field at fault, each message written in the caller's language when it is sent.</summary>
public sealed class LocalizedValidationProblem(InputErrors errors) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status400BadRequest;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var language = httpContext.AnswerLanguage();
        httpContext.Response.SetContentLanguage(language);
        return TypedResults.ValidationProblem(errors.ToDictionary(language), title: Messages.Render(MessageKey.TitleValidation, language))
            .ExecuteAsync(httpContext);
    }

    // As TypedResults' ValidationProblem describes itself, so the OpenAPI document still lists the 400.
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
}
