using Grid.Contracts;
using Grid.Domain.Languages;

namespace Grid.Silo.Api.Problems;

/// <summary>Turns a grain's expected failures, and the endpoints' own refusals, into problem details with the right status.</summary>
public static class ReplyResults
{
    public static LocalizedProblem Problem<T>(Reply<T> reply) => reply.Status switch
    {
        ReplyStatus.NotFound => new(StatusCodes.Status404NotFound, MessageKey.TitleNotFound, reply.Why, reply.Error),
        ReplyStatus.Conflict => new(StatusCodes.Status409Conflict, MessageKey.TitleConflict, reply.Why, reply.Error),
        ReplyStatus.Unprocessable => new(StatusCodes.Status422UnprocessableEntity, MessageKey.TitleUnprocessable, reply.Why, reply.Error),
        ReplyStatus.Forbidden => new(StatusCodes.Status403Forbidden, MessageKey.TitleForbidden, reply.Why, reply.Error),
        _ => throw new InvalidOperationException($"Reply {reply.Status} is not a failure."),
    };

    public static LocalizedProblem NotFound(Message detail) => new(StatusCodes.Status404NotFound, MessageKey.TitleNotFound, detail);

    public static LocalizedProblem Forbidden(Message detail) => new(StatusCodes.Status403Forbidden, MessageKey.TitleForbidden, detail);
}
