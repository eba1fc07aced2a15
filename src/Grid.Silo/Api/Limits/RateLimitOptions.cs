using Grid.Silo.Api.Auth;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Api.Limits;

/// <summary>
/// How many notices each principal may send the intake per minute, from configuration section Grid:RateLimits
/// (config/enforcement.json). No defaults here: a missing limit stops the host at start.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Grid:RateLimits";

    /// <summary>Requests per principal (API key actor) per minute to POST /v1/complaints and POST /v1/flags.</summary>
    public int PermitsPerMinute { get; set; }

    /// <summary>Optional overrides by role: a detector sends far more flags than a brand files complaints.</summary>
    public Dictionary<string, int> PerRole { get; set; } = [];

    public int PermitsFor(string? role) => role is not null && PerRole.TryGetValue(role, out var permits) ? permits : PermitsPerMinute;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PermitsPerMinute < 1) errors.Add($"{Section}:PermitsPerMinute must be a positive number of requests.");
        foreach (var (role, permits) in PerRole)
        {
            if (!GridRoles.All.Contains(role)) errors.Add($"{Section}:PerRole:{role} is not a role ({string.Join(", ", GridRoles.All)}).");
            if (permits < 1) errors.Add($"{Section}:PerRole:{role} must be a positive number of requests.");
        }
        return errors;
    }
}

/// <summary>Bad limits stop the host at start, with every problem named.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
