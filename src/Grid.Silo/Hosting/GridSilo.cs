using Grid.Contracts;
using Grid.Domain;
using Grid.Grains.Listings;
using Grid.Silo.Hosting.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;

namespace Grid.Silo.Hosting;

/// <summary>Everything a silo of the Grid needs, in one place, shared by the host, the tests and the benchmark.</summary>
public static class GridSilo
{
    /// <summary>
    /// Storage, reminders and streams per <see cref="GridStorage"/>. Clustering too in Postgres mode,
    /// where the membership table is the cluster; in Memory mode the host (or test cluster) picks it.
    /// Brand events stay on memory streams in both modes.
    /// </summary>
    public static ISiloBuilder AddGrid(this ISiloBuilder silo, IConfiguration configuration)
    {
        switch (GridStorage.Mode(configuration))
        {
            case GridStorageMode.Postgres:
                silo.AddPostgresStorage(GridStorage.PostgresConnectionString(configuration));
                break;
            default:
                silo.AddMemoryGrainStorage(GridNames.Storage);
                GridStateSerializer.UseForMemoryStorage(silo.Services);
                silo.AddMemoryGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME);
                silo.UseInMemoryReminderService();
                break;
        }
        silo.AddMemoryStreams(GridNames.StreamProvider);
        silo.Services.AddEnforcementPolicy();
        silo.Services.AddSingleton<ListingStatusBoard>();
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
