using System.Reflection;
using System.Text.Json;
using Grid.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Orleans.Runtime;
using Orleans.Storage;

namespace Grid.Silo.Api.Problems;

/// <summary>
/// Maps the failures a caller can cause (unreadable bodies, oversized bodies) to 400 problem details,
/// and a cluster that cannot answer right now to 503. Everything else is a bug: logged, 500.
/// </summary>
public sealed class GridExceptionHandler(IProblemDetailsService problems, ILogger<GridExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status400BadRequest, "Request body too large", $"The request body must be at most {RequestLimits.MaxBodyBytes} bytes."),
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, "Invalid request body", Describe(context, json)),
            BadHttpRequestException bad =>
                (StatusCodes.Status400BadRequest, "Invalid request", bad.Message),
            TimeoutException or SiloUnavailableException or OrleansMessageRejectionException =>
                (StatusCodes.Status503ServiceUnavailable, "Try again", "The grid could not answer in time; the request is safe to retry."),
            // Two activations of one grain wrote at once (a silo failing over): the loser's write was refused, not lost,
            // and its activation is dropped; the next attempt reads the winner's state.
            InconsistentStateException =>
                (StatusCodes.Status503ServiceUnavailable, "Try again", "The record changed while this request was applied; nothing was lost, and the request is safe to retry."),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        if (status == StatusCodes.Status503ServiceUnavailable) log.LogWarning(exception, "Cluster unavailable for {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Describe(HttpContext context, JsonException json)
    {
        if (json.Path is not { Length: > 1 } path) return "The request body is not valid JSON for this endpoint.";
        var bodyType = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        return TargetType(bodyType, path) is { IsEnum: true } allowed
            ? $"The value at '{path}' must be one of: {string.Join(", ", WireNames.All(allowed))}."
            : $"The value at '{path}' is malformed or of the wrong type.";
    }

    /// <summary>Follows a JSON path like $.right.type or $.rights[2].type through the request type.</summary>
    private static Type? TargetType(Type? type, string path)
    {
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property is null ? null : Unwrap(property.PropertyType, indexed: segment.Contains('['));
            if (type is null) return null;
        }
        return type;
    }

    private static Type Unwrap(Type type, bool indexed)
    {
        if (indexed && type.IsGenericType) type = type.GetGenericArguments()[0];
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}

public static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;
}
