using System.Reflection;
using Grid.Contracts;
using Grid.Silo.Hosting;
using Grid.Silo.Hosting.Postgres;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Grid.Tests.Infrastructure;

/// <summary>
/// An in-process cluster of real Grid silos in Postgres mode: the silos find each other through the
/// membership table, keep grain state and reminders in the database, and apply the schema as they
/// start. The client finds its gateways in the same table.
/// </summary>
public static class PostgresCluster
{
    /// <summary>
    /// The service every cluster started here belongs to: state and reminders are stored under it,
    /// so a cluster started after another on the same database finds what the first one wrote.
    /// Each cluster still gets a ClusterId of its own (a fresh membership table).
    /// </summary>
    public const string ServiceId = "grid-tests";

    /// <summary>
    /// A silo that can never join (a broken membership query) retries for minutes; a test run should
    /// fail well before that, with the reason, not hang.
    /// </summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Starts <paramref name="silos"/> silos on <paramref name="connectionString"/> and returns once the
    /// cluster is up and its client connected. <paramref name="configure"/> runs last, before the build:
    /// add silo services (a clock), settings, or change the options (another ClusterId for a restart).
    /// </summary>
    public static async Task<InProcessTestCluster> StartAsync(
        string connectionString, short silos = 2, Action<InProcessTestClusterBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = ServiceId;
        UseDatabaseMembership(builder.Options);
        var settings = new Dictionary<string, string?>
        {
            [GridStorage.ModeKey] = nameof(GridStorageMode.Postgres),
            [GridStorage.ConnectionStringKey] = connectionString,
        };
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddPolicyFile();
            host.Configuration.AddInMemoryCollection(settings);
        });
        builder.ConfigureSilo((_, silo) => silo.AddGrid(silo.Configuration));
        builder.ConfigureClient(client => client
            .UseAdoNetClustering(options =>
            {
                options.Invariant = PostgresSilo.Invariant;
                options.ConnectionString = connectionString;
            })
            .AddMemoryStreams(GridNames.StreamProvider));
        configure?.Invoke(builder);

        var cluster = builder.Build();
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            // WaitAsync as well: the token stops the wait even where a start-up step does not watch it.
            await cluster.DeployAsync(timeout.Token).WaitAsync(StartTimeout + TimeSpan.FromSeconds(10));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The in-process test cluster shares an in-memory membership table between its silos and client,
    /// registered after everything we configure, so it would win over ours. Orleans 10 keeps the switch
    /// that turns it off internal (it is public on the older TestClusterOptions); we set it, and fail
    /// loudly, not quietly test the in-memory table, should a later version rename it.
    /// </summary>
    private static void UseDatabaseMembership(InProcessTestClusterOptions options)
    {
        var property = typeof(InProcessTestClusterOptions).GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("InProcessTestClusterOptions.UseTestClusterMembership is gone: find the new way to turn off the test cluster's membership table.");
        property.SetValue(options, false);
    }
}
