using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Messaging;
using Orleans.TestingHost;

namespace Grid.Tests.Postgres;

/// <summary>Real silos finding each other through the membership table, and leaving it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterMembershipTests(PostgresServer server, PostgresClusterFixture shared) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private const int Active = (int)SiloStatus.Active;
    private const int Dead = (int)SiloStatus.Dead;

    public Task InitializeAsync() => shared.StartOnceAsync(server, "cluster_membership", silos: 2);
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<object[]>> Members(InProcessTestCluster cluster) => Db.RowsAsync(shared.ConnectionString,
        "SELECT port, status FROM orleans_membership WHERE deployment_id = @cluster ORDER BY port",
        ("cluster", cluster.Options.ClusterId));

    [Fact]
    public async Task TwoSilos_AreBothActiveInTheTable_AndTheClientsGateways()
    {
        var cluster = shared.Cluster;

        var rows = await Members(cluster);
        var gateways = await cluster.Client.ServiceProvider.GetRequiredService<IGatewayListProvider>().GetGatewaysAsync();

        Assert.Equal(
            cluster.Silos.Select(s => s.SiloAddress.Endpoint.Port).Order(),
            rows.Select(r => (int)r[0]));
        Assert.All(rows, r => Assert.Equal(Active, (int)r[1]));
        Assert.Equal(
            // A gateway is listed under its silo's generation; the handle's own gateway address carries none.
            cluster.Silos.Select(s => SiloAddress.New(s.GatewayAddress!.Endpoint, s.SiloAddress.Generation).ToGatewayUri()).OrderBy(u => u.ToString()),
            gateways.OrderBy(u => u.ToString()));
    }

    [Fact]
    public async Task StoppedSilo_IsMarkedDead_AndDefunctCleanupRemovesItsRow()
    {
        await using var cluster = await PostgresCluster.StartAsync(shared.ConnectionString, silos: 2);
        var (primary, secondary) = (cluster.Silos[0], cluster.Silos[1]);

        await cluster.StopSiloAsync(secondary);
        var afterStop = await Members(cluster);
        await primary.ServiceProvider.GetRequiredService<IMembershipTable>()
            .CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        var afterCleanup = await Members(cluster);

        Assert.Contains(afterStop, r => (int)r[0] == secondary.SiloAddress.Endpoint.Port && (int)r[1] == Dead);
        var left = Assert.Single(afterCleanup);
        Assert.Equal(primary.SiloAddress.Endpoint.Port, (int)left[0]);
        Assert.Equal(Active, (int)left[1]);
    }
}
