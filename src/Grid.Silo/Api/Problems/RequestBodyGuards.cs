using Grid.Domain.Languages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Grid.Silo.Api.Problems;

/// <summary>Checks on the raw request body that run before any endpoint reads it.</summary>
public static class RequestBodyGuards
{
    // Kestrel enforces the limit while reading; a declared length over it is refused before any work.
    // A body of undeclared length (chunked) shows its size only as it is read, and the endpoint's body
    // reader would answer an oversized one with a bare 413: read it here first (it is at most the limit),
    // so it is refused by the exception handler with the same 400 as a declared one.
    public static async Task RejectOversizedBodies(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        if (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            request.EnableBuffering(bufferThreshold: (int)RequestLimits.MaxBodyBytes);
            await request.Body.DrainAsync(context.RequestAborted);
            request.Body.Position = 0;
        }
        await next();
    }

    // The endpoints' JSON reader decodes the body in the charset its Content-Type names, and on one it
    // cannot decode ("nonsense", "", "utf-7", even a quoted "utf-8") it throws InvalidOperationException:
    // a 500 for a header the caller chose. The Grid reads JSON as UTF-8 (RFC 8259), so a body naming any
    // other charset is refused as bad input, and a quoted "utf-8" is passed on unquoted.
    public static Task RejectNonUtf8Bodies(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true }
            && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.Charset.HasValue)
        {
            if (!HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                throw new LocalizedBadRequestException(Messages.BodyNotUtf8(type.Charset.ToString()));
            type.Charset = "utf-8";
            request.ContentType = type.ToString();
        }
        return next();
    }
}
