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
/// data, not exceptions, so they cross silos intact and never look like crashes.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.reply`1")]
public sealed record Reply<T>(
    [property: Id(0)] ReplyStatus Status,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Error)
{
    public static Reply<T> Ok(T value) => new(ReplyStatus.Ok, value, null);
    public static Reply<T> NotFound(string error) => new(ReplyStatus.NotFound, default, error);
    public static Reply<T> Conflict(string error) => new(ReplyStatus.Conflict, default, error);
    public static Reply<T> Unprocessable(string error) => new(ReplyStatus.Unprocessable, default, error);
    public static Reply<T> Forbidden(string error) => new(ReplyStatus.Forbidden, default, error);

    public Reply<TOther> As<TOther>() => new(Status, default, Error);
}
