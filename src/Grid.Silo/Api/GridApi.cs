using System.Text.Json;
using System.Text.Json.Serialization;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Endpoints;
using Grid.Silo.Api.Json;
using Grid.Silo.Api.Limits;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Api;

/// <summary>The HTTP API: needs only an Orleans client, so it runs in a silo or in a front end beside the cluster.</summary>
public static class GridApi
{
    public static WebApplicationBuilder AddGridApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHealthChecks();
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
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

        services.AddIntakeRateLimits();
        services.AddSingleton<StatusReads>();
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.Localize);
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
        app.Use(RequestBodyGuards.RejectOversizedBodies);
        app.Use(RequestBodyGuards.RejectNonUtf8Bodies);
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: limits are per principal, and a request without one was already refused.
        app.UseRateLimiter();
        app.MapOpenApi();
        // For load balancers and container health checks: up means the silo joined and the API serves.
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapListingEndpoints();
        app.MapComplaintEndpoints();
        app.MapAppealEndpoints();
        app.MapReportEndpoints();
        app.MapAgentEndpoints();
        app.MapJointForceEndpoints();
        app.MapFlagEndpoints();
        app.MapSellerEndpoints();
        app.MapBrandEndpoints();
        app.MapReviewQueueEndpoints();
        return app;
    }
}
