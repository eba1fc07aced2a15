using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Api.Limits;

/// <summary>
/// Rate limits on the intake, one fixed one-minute window per principal: one noisy key cannot crowd out the others,
/// and a key's limit does not depend on how many other keys are busy.
/// </summary>
public static class IntakeRateLimits
{
    public const string Policy = "intake";

    public static IServiceCollection AddIntakeRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(o =>
        {
            o.OnRejected = Reject;
            o.AddPolicy(Policy, Partition);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var role = http.User.FindFirstValue(ClaimTypes.Role);
        var permits = limits.PermitsFor(role);
        // The limit is part of the key, so a changed limit starts a new window rather than reusing the old one's count.
        return RateLimitPartition.GetFixedWindowLimiter($"{http.User.Actor()}|{permits}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await new LocalizedProblem(StatusCodes.Status429TooManyRequests, MessageKey.TitleTooManyRequests, Messages.RateLimited(seconds))
            .ExecuteAsync(http);
    }
}
