using System.Text.Json;
using System.Text.Json.Serialization;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Endpoints;
using Grid.Silo.Api.Json;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Grid.Silo.Api;

/// <summary>The HTTP API: needs only an Orleans client, so it runs in a silo or in a front end beside the cluster.</summary>
public static class GridApi
{
    public static WebApplicationBuilder AddGridApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.Validate().Count == 0, "Grid:ApiKeys is invalid")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddSingleton<ApiKeyRegistry>();
        services.AddAuthentication(ApiKeyHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddAuthorization(options =>
        {
            foreach (var (name, roles) in GridPolicies.Roles)
                options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        });

        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<GridExceptionHandler>();
        services.AddOpenApi(o => o.AddSchemaTransformer<WireEnumSchemas>());
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        return builder;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new WireEnumConverter());
        json.Converters.Add(new UtcTimeConverter());
        json.NumberHandling = JsonNumberHandling.Strict;
    }

    public static WebApplication MapGridApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RejectOversizedBodies);
        app.Use(RejectNonUtf8Bodies);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapListingEndpoints();
        app.MapComplaintEndpoints();
        app.MapFlagEndpoints();
        app.MapSellerEndpoints();
        app.MapBrandEndpoints();
        return app;
    }

    // Kestrel enforces the limit while reading; a declared length over it is refused before any work.
    // A body of undeclared length (chunked) shows its size only as it is read, and the endpoint's body
    // reader would answer an oversized one with a bare 413: read it here first (it is at most the limit),
    // so it is refused by the exception handler with the same 400 as a declared one.
    private static async Task RejectOversizedBodies(HttpContext context, Func<Task> next)
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
    private static Task RejectNonUtf8Bodies(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true }
            && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.Charset.HasValue)
        {
            if (!HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                throw new BadHttpRequestException($"The request body must be UTF-8 JSON, not charset '{type.Charset}'.");
            type.Charset = "utf-8";
            request.ContentType = type.ToString();
        }
        return next();
    }
}

/// <summary>A bad key list stops the host at start, with every problem named.</summary>
public sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
