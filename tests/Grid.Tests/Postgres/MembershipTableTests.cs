using System.Net;
using Grid.Silo.Hosting.Postgres;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace Grid.Tests.Postgres;

/// <summary>
/// Every membership query through the real ADO.NET membership table and gateway list, each test on a
/// cluster id of its own beside the class's live cluster: the version rule that lets one of two silos
/// deciding from the same view win, heartbeats, reads, gateways, deletion and clean-up.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MembershipTableTests(PostgresServer server, PostgresClusterFixture shared) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    public Task InitializeAsync() => shared.StartOnceAsync(server, "membership_table");
    public Task DisposeAsync() => Task.CompletedTask;

    private AdoNetClusteringTable Table(string clusterId) => new(
        new ServiceCollection().BuildServiceProvider(),
        Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = PostgresCluster.ServiceId }),
        Options.Create(new AdoNetClusteringSiloOptions { Invariant = PostgresSilo.Invariant, ConnectionString = shared.ConnectionString }),
        NullLogger<AdoNetClusteringTable>.Instance);

    private static string NewClusterId() => $"cluster-{Guid.NewGuid():N}";

    private Task<AdoNetClusteringTable> NewClusterTable() => InitializedTable(NewClusterId());

    private async Task<AdoNetClusteringTable> InitializedTable(string clusterId)
    {
        var table = Table(clusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Active, DateTime? aliveAt = null, int proxyPort = -1) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 42),
        SiloName = $"silo-{port}",
        HostName = "test-host",
        Status = status,
        ProxyPort = proxyPort < 0 ? port + 1000 : proxyPort,
        StartTime = Now,
        IAmAliveTime = aliveAt ?? Now,
    };

    private static async Task<TableVersion> Join(AdoNetClusteringTable table, MembershipEntry entry)
    {
        var version = (await table.ReadAllAsync()).Version;
        Assert.True(await table.InsertRowAsync(entry, version.Next()), $"{entry.SiloAddress} should join");
        return version.Next();
    }

    [Fact]
    public async Task Initialization_CreatesTheClusterAtVersionZero_Once()
    {
        var table = await NewClusterTable();
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);

        var data = await table.ReadAllAsync();

        Assert.Equal(0, data.Version.Version);
        Assert.Empty(data.Members);
    }

    [Fact]
    public async Task Insert_WithTheCurrentVersion_AddsTheSilo_AndMovesTheVersionOn()
    {
        var table = await NewClusterTable();
        var entry = Entry(1001);

        var version = (await table.ReadAllAsync()).Version;
        var joined = await table.InsertRowAsync(entry, version.Next());
        var data = await table.ReadAllAsync();

        Assert.True(joined);
        Assert.Equal(1, data.Version.Version);
        var (read, etag) = Assert.Single(data.Members);
        Assert.Equal(data.Version.VersionEtag, etag);
        Assert.Equal(entry.SiloAddress, read.SiloAddress);
        Assert.Equal(entry.SiloName, read.SiloName);
        Assert.Equal(entry.HostName, read.HostName);
        Assert.Equal(SiloStatus.Active, read.Status);
        Assert.Equal(entry.ProxyPort, read.ProxyPort);
        Assert.Equal(Now, read.StartTime);
        Assert.Equal(Now, read.IAmAliveTime);
        Assert.Null(read.SuspectTimes);
    }

    [Fact]
    public async Task Insert_WithAStaleVersion_IsRefused()
    {
        var table = await NewClusterTable();
        var staleView = (await table.ReadAllAsync()).Version;
        await Join(table, Entry(1001));

        var joined = await table.InsertRowAsync(Entry(1002), staleView.Next());
        var data = await table.ReadAllAsync();

        Assert.False(joined);
        Assert.Equal(1, data.Version.Version);
        Assert.Equal(1001, Assert.Single(data.Members).Item1.SiloAddress.Endpoint.Port);
    }

    [Fact]
    public async Task Insert_OfASiloAlreadyInTheTable_IsRefused_AndLeavesTheVersion()
    {
        var table = await NewClusterTable();
        var version = await Join(table, Entry(1001));

        var joinedTwice = await table.InsertRowAsync(Entry(1001), version.Next());

        Assert.False(joinedTwice);
        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);
    }

    [Fact]
    public async Task Update_WithTheCurrentVersion_ChangesStatusAndSuspicions()
    {
        var table = await NewClusterTable();
        await Join(table, Entry(1001));
        var data = await table.ReadAllAsync();
        var (entry, etag) = data.Members[0];
        var accuser = SiloAddress.New(IPAddress.Loopback, 2002, 43);
        entry.Status = SiloStatus.Dead;
        entry.SuspectTimes = [Tuple.Create(accuser, Now.AddSeconds(5))];

        var updated = await table.UpdateRowAsync(entry, etag, data.Version.Next());
        var after = await table.ReadAllAsync();

        Assert.True(updated);
        Assert.Equal(2, after.Version.Version);
        var read = Assert.Single(after.Members).Item1;
        Assert.Equal(SiloStatus.Dead, read.Status);
        Assert.NotNull(read.SuspectTimes);
        var (suspect, at) = Assert.Single(read.SuspectTimes);
        Assert.Equal(accuser, suspect);
        Assert.Equal(Now.AddSeconds(5), at);
    }

    [Fact]
    public async Task Update_FromTheSameViewTwice_OnlyTheFirstWins()
    {
        var table = await NewClusterTable();
        await Join(table, Entry(1001));
        var view = await table.ReadAllAsync();
        var (first, etag) = view.Members[0];
        var (second, _) = (await table.ReadAllAsync()).Members[0];
        first.Status = SiloStatus.ShuttingDown;
        second.Status = SiloStatus.Dead;

        var firstWins = await table.UpdateRowAsync(first, etag, view.Version.Next());
        var secondWins = await table.UpdateRowAsync(second, etag, view.Version.Next());

        Assert.True(firstWins);
        Assert.False(secondWins);
        Assert.Equal(SiloStatus.ShuttingDown, (await table.ReadAllAsync()).Members[0].Item1.Status);
    }

    [Fact]
    public async Task Update_OfASiloNotInTheTable_IsRefused_AndLeavesTheVersion()
    {
        var table = await NewClusterTable();
        var version = await Join(table, Entry(1001));

        var updated = await table.UpdateRowAsync(Entry(1009), version.VersionEtag, version.Next());

        Assert.False(updated);
        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);
    }

    [Fact]
    public async Task Heartbeat_MovesIAmAliveTime_ButNotTheVersion()
    {
        var table = await NewClusterTable();
        await Join(table, Entry(1001));
        var later = Entry(1001, aliveAt: Now.AddMinutes(3));

        await table.UpdateIAmAliveAsync(later);
        var data = await table.ReadAllAsync();

        Assert.Equal(1, data.Version.Version);
        Assert.Equal(Now.AddMinutes(3), Assert.Single(data.Members).Item1.IAmAliveTime);
    }

    [Fact]
    public async Task ReadRow_GivesThatSiloWithTheTableVersion_OrJustTheVersion()
    {
        var table = await NewClusterTable();
        await Join(table, Entry(1001));
        await Join(table, Entry(1002));

        var known = await table.ReadRowAsync(Entry(1002).SiloAddress);
        var unknown = await table.ReadRowAsync(Entry(1003).SiloAddress);

        Assert.Equal(2, known.Version.Version);
        Assert.Equal(Entry(1002).SiloAddress, Assert.Single(known.Members).Item1.SiloAddress);
        Assert.Equal(2, unknown.Version.Version);
        Assert.Empty(unknown.Members);
    }

    [Fact]
    public async Task Gateways_AreTheActiveSilosThatHaveAGatewayPort()
    {
        var clusterId = NewClusterId();
        var table = await InitializedTable(clusterId);
        await Join(table, Entry(1001));
        await Join(table, Entry(1002, proxyPort: 0));
        await Join(table, Entry(1003, SiloStatus.Dead));
        await Join(table, Entry(1004, SiloStatus.Joining));
        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = PostgresSilo.Invariant, ConnectionString = shared.ConnectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = PostgresCluster.ServiceId }));
        await gateways.InitializeGatewayListProviderAsync();

        var listed = await gateways.GetGatewaysAsync();

        Assert.Equal([SiloAddress.New(IPAddress.Loopback, 2001, 42).ToGatewayUri()], listed);
    }

    [Fact]
    public async Task DeleteEntries_RemovesOneClusterAndNoOther()
    {
        var doomedId = NewClusterId();
        var doomed = await InitializedTable(doomedId);
        var kept = await NewClusterTable();
        await Join(doomed, Entry(1001));
        await Join(kept, Entry(1001));

        await doomed.DeleteMembershipTableEntriesAsync(doomedId);

        Assert.Equal(0L, await Db.ScalarAsync<long>(shared.ConnectionString,
            "SELECT (SELECT count(*) FROM orleans_membership WHERE deployment_id = @id) + " +
            "(SELECT count(*) FROM orleans_membership_version WHERE deployment_id = @id)", ("id", doomedId)));
        Assert.Single((await kept.ReadAllAsync()).Members);
    }

    [Fact]
    public async Task Cleanup_RemovesOnlyDeadSilosSilentSinceTheCutOff()
    {
        var table = await NewClusterTable();
        await Join(table, Entry(1001, SiloStatus.Dead, aliveAt: Now.AddHours(-2)));
        await Join(table, Entry(1002, SiloStatus.Dead, aliveAt: Now));
        await Join(table, Entry(1003, SiloStatus.Active, aliveAt: Now.AddHours(-2)));

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Now.AddHours(-1)));

        var left = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order();
        Assert.Equal([1002, 1003], left);
    }
}
