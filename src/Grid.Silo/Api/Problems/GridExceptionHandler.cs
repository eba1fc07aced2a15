using System.Reflection;
using System.Text.Json;
using Grid.Contracts;
using Grid.Domain.Languages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Orleans.Runtime;
using Orleans.Storage;

namespace Grid.Silo.Api.Problems;

/// <summary>
/// Maps the failures a caller can cause (unreadable bodies, oversized bodies) to 400 problem details,
/// and a cluster that cannot answer right now to 503, in the caller's language. Everything else is a bug: logged, 500.
/// </summary>
public sealed class GridExceptionHandler(ILogger<GridExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status400BadRequest, MessageKey.TitleBodyTooLarge, Messages.BodyTooLarge(RequestLimits.MaxBodyBytes)),
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, MessageKey.TitleInvalidBody, Describe(context, json)),
            LocalizedBadRequestException bad => (StatusCodes.Status400BadRequest, MessageKey.TitleInvalidRequest, bad.Why),
            BadHttpRequestException bad =>
                (StatusCodes.Status400BadRequest, MessageKey.TitleInvalidRequest, Messages.RequestUnreadable(bad.Message)),
            TimeoutException or SiloUnavailableException or OrleansMessageRejectionException =>
                (StatusCodes.Status503ServiceUnavailable, MessageKey.TitleTryAgain, Messages.ClusterBusy()),
            // Two activations of one grain wrote at once (a silo failing over): the loser's write was refused, not lost,
            // and its activation is dropped; the next attempt reads the winner's state.
            InconsistentStateException =>
                (StatusCodes.Status503ServiceUnavailable, MessageKey.TitleTryAgain, Messages.RecordChanged()),
            _ => (0, default(MessageKey), null!),
        };
        if (status == 0) return false;
        if (status == StatusCodes.Status503ServiceUnavailable) log.LogWarning(exception, "Cluster unavailable for {Path}", context.Request.Path);
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "1";
        // Written as a result, not through the problem details service alone: the service declines a caller whose
        // Accept header leaves out JSON, and a declined bad request must still be a 400, never a 500.
        await new LocalizedProblem(status, title, detail).ExecuteAsync(context);
        return true;
    }

    private static Message Describe(HttpContext context, JsonException json)
    {
        if (json.Path is not { Length: > 1 } path) return Messages.BodyNotJson();
        // The exception handler clears the request's endpoint before handlers run; the feature keeps the one that threw.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        return TargetType(bodyType, path) is { IsEnum: true } allowed
            ? Messages.ValueNotOneOf(path, WireNames.All(allowed))
            : Messages.ValueMalformed(path);
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

/// <summary>A request the Grid refuses before any endpoint reads it, with the reason as a message.</summary>
public sealed class LocalizedBadRequestException(Message why) : BadHttpRequestException(why.English)
{
    public Message Why { get; } = why;
}
