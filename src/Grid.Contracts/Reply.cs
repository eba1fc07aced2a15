using Grid.Domain.Languages;

namespace Grid.Contracts;

/// <summary>How a grain command ended, in terms a caller can act on.</summary>
public enum ReplyStatus
{
    Ok = 0,
    NotFound = 1,
    Conflict = 2,
    Unprocessable = 3,

    /// <summary>The caller may not do this now (a brand suspended from filing).</summary>
    Forbidden = 4,
}

/// <summary>
/// A grain's answer to a command: the value, or the expected failure and why. Expected failures are
/// data, not exceptions, so they cross silos intact and never look like crashes. <see cref="Why"/> is the
/// reason as a message, written in the caller's language at the HTTP boundary; <see cref="Error"/> is its
/// English text, for logs and for callers that predate <see cref="Why"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.reply`1")]
public sealed record Reply<T>(
    [property: Id(0)] ReplyStatus Status,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Error,
    [property: Id(3)] Message? Why = null)
{
    public static Reply<T> Ok(T value) => new(ReplyStatus.Ok, value, null);
    public static Reply<T> NotFound(Message why) => Failed(ReplyStatus.NotFound, why);
    public static Reply<T> Conflict(Message why) => Failed(ReplyStatus.Conflict, why);
    public static Reply<T> Unprocessable(Message why) => Failed(ReplyStatus.Unprocessable, why);
    public static Reply<T> Forbidden(Message why) => Failed(ReplyStatus.Forbidden, why);

    public Reply<TOther> As<TOther>() => new(Status, default, Error, Why);

    private static Reply<T> Failed(ReplyStatus status, Message why) => new(status, default, why.English, why);
}
