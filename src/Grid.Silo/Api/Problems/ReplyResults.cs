using Grid.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Problems;

/// <summary>Turns a grain's expected failures into problem details with the right status.</summary>
public static class ReplyResults
{
    public static ProblemHttpResult Problem<T>(Reply<T> reply) => reply.Status switch
    {
        ReplyStatus.NotFound => Status(StatusCodes.Status404NotFound, "Not found", reply.Error),
        ReplyStatus.Conflict => Status(StatusCodes.Status409Conflict, "Conflict", reply.Error),
        ReplyStatus.Unprocessable => Status(StatusCodes.Status422UnprocessableEntity, "Unprocessable notice", reply.Error),
        ReplyStatus.Forbidden => Status(StatusCodes.Status403Forbidden, "Forbidden", reply.Error),
        _ => throw new InvalidOperationException($"Reply {reply.Status} is not a failure."),
    };

    public static ProblemHttpResult Status(int status, string title, string? detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    public static ProblemHttpResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult Forbidden(string detail) => Status(StatusCodes.Status403Forbidden, "Forbidden", detail);
}
