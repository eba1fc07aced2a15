using Orleans.TestingHost;

namespace Grid.Tests.Infrastructure;

/// <summary>
/// One Postgres-mode cluster for all the tests of a class, on a database of the class's own.
/// xunit 2 cannot hand the collection's <see cref="PostgresServer"/> to a class fixture's
/// constructor, so the first test that asks starts the cluster and the rest reuse it.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private InProcessTestCluster? cluster;

    public string ConnectionString { get; private set; } = "";
    public InProcessTestCluster Cluster => cluster ?? throw new InvalidOperationException("Start the cluster first.");

    public async Task<InProcessTestCluster> StartOnceAsync(PostgresServer server, string database, short silos = 1)
    {
        await gate.WaitAsync();
        try
        {
            if (cluster is null)
            {
                ConnectionString = await server.CreateDatabaseAsync(database);
                cluster = await PostgresCluster.StartAsync(ConnectionString, silos);
            }
            return cluster;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (cluster is null) return;
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
