using Grid.Contracts;
using Grid.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Hosting;

/// <summary>Everything a silo of the Grid needs, in one place, shared by the host, the tests and the benchmark.</summary>
public static class GridSilo
{
    public const string StorageKey = "Grid:Storage";

    public static ISiloBuilder AddGrid(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = configuration[StorageKey] ?? "Memory";
        if (!string.Equals(storage, "Memory", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{StorageKey}='{storage}' is not supported by this build; use 'Memory'.");

        silo.AddMemoryGrainStorage(GridNames.Storage);
        silo.AddMemoryGrainStorage("PubSubStore");
        silo.AddMemoryStreams(GridNames.StreamProvider);
        silo.UseInMemoryReminderService();
        silo.Services.AddEnforcementPolicy();
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }

    public static IServiceCollection AddEnforcementPolicy(this IServiceCollection services)
    {
        services.AddOptions<EnforcementPolicy>().BindConfiguration(EnforcementPolicy.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EnforcementPolicy>, EnforcementPolicyValidator>());
        return services;
    }
}

/// <summary>A bad config/enforcement.json stops the silo at start, with every problem named.</summary>
public sealed class EnforcementPolicyValidator : IValidateOptions<EnforcementPolicy>
{
    public ValidateOptionsResult Validate(string? name, EnforcementPolicy options) =>
        options.Validate() is { Count: > 0 } errors
            ? ValidateOptionsResult.Fail(errors.Select(e => $"{EnforcementPolicy.Section}:{e}"))
            : ValidateOptionsResult.Success;
}
