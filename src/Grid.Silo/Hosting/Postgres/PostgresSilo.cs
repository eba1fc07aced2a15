using Grid.Contracts;
using Grid.Grains;
using Orleans.Providers;

namespace Grid.Silo.Hosting.Postgres;

/// <summary>Postgres mode: membership, grain state (the Grid's and stream subscriptions') and reminders in one database.</summary>
public static class PostgresSilo
{
    /// <summary>The ADO.NET provider name the Orleans providers load Npgsql by.</summary>
    public const string Invariant = "Npgsql";

    public static ISiloBuilder AddPostgresStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new GridSchemaInstaller(connectionString, services.GetRequiredService<ILogger<GridSchemaInstaller>>()));
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(GridNames.Storage, options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        // Stream subscriptions live in the pub-sub grains' state: kept here, they survive a restart.
        silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        GridStateSerializer.UseForAdoNetStorage(silo.Services);
        silo.Services.AddSingleton<IActivityStore>(new PostgresActivityStore(connectionString));
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        return silo;
    }
}
