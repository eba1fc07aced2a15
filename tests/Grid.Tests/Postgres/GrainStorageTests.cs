using Grid.Contracts;
using Grid.Contracts.Sellers;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Grid.Tests.Postgres;

/// <summary>
/// Every grain storage query (read, write, clear) through the real ADO.NET grain storage of a
/// Postgres-mode silo, as a grain's state would drive it, with the ETag rules that keep two writers
/// from overwriting each other.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GrainStorageTests(PostgresServer server, PostgresClusterFixture shared) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private const string StateName = "pg-test";
    private IGrainStorage storage = null!;
    private InProcessTestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        cluster = await shared.StartOnceAsync(server, "grain_storage");
        storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(GridNames.Storage);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Each kind of key the provider stores in its own columns: string, Guid, integer, integer with extension.</summary>
    public static TheoryData<string> KeyKinds => ["string", "guid", "integer", "integer+extension"];

    private static GrainId NewGrain(string kind = "string") => kind switch
    {
        "guid" => GrainId.Create(GrainType.Create("pgtest"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
        "integer" => GrainId.Create(GrainType.Create("pgtest"), GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64())),
        "integer+extension" => GrainId.Create(GrainType.Create("pgtest"), GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64(), "ext")),
        _ => GrainId.Create("pgtest", Guid.NewGuid().ToString("N")),
    };

    private async Task<GrainState<List<string>>> Read(GrainId grain)
    {
        var state = new GrainState<List<string>>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private async Task<GrainState<List<string>>> Written(GrainId grain, params string[] items)
    {
        var state = new GrainState<List<string>>([.. items]);
        await storage.WriteStateAsync(StateName, grain, state);
        return state;
    }

    [Fact]
    public async Task StateNamesOfOneGrain_AreSeparateRecords()
    {
        // What a grain's pages rely on (PagedList): "seller-strikes/0" and "seller-strikes/1" of one seller are two rows.
        var grain = NewGrain();
        var first = new GrainState<List<string>>(["page 0"]);
        await storage.WriteStateAsync($"{StateName}/0", grain, first);
        await storage.WriteStateAsync($"{StateName}/1", grain, new GrainState<List<string>>(["page 1"]));

        var read = new GrainState<List<string>>();
        await storage.ReadStateAsync($"{StateName}/0", grain, read);
        Assert.Equal(["page 0"], read.State);
        Assert.Equal(first.ETag, read.ETag);
        await storage.ReadStateAsync($"{StateName}/1", grain, read);
        Assert.Equal(["page 1"], read.State);
    }

    [Fact]
    public async Task SellerStrikesInPages_ComeBackFromTheDatabase()
    {
        var seller = cluster.Client.GetGrain<ISellerGrain>($"pg-paged-{Guid.NewGuid():N}");
        var cases = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToList();
        foreach (var caseId in cases) await seller.AddStrike(new StrikeCommand(caseId, $"listing-{caseId:N}", null));
        await seller.RemoveStrike(cases[3]);

        await cluster.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(seller.GetGrainId());

        var view = await seller.GetView();
        Assert.Equal(cases.Where((_, i) => i != 3), view.Strikes.Select(s => s.CaseId));
        Assert.Equal(cases, await seller.GetStruckBy());
    }

    [Fact]
    public async Task ReadOfAGrainNeverWritten_GivesAFreshStateWithoutETag()
    {
        var state = await Read(NewGrain());

        Assert.NotNull(state.State);
        Assert.Empty(state.State);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Theory]
    [MemberData(nameof(KeyKinds))]
    public async Task FirstWrite_IsReadBack_WithItsVersionAsETag(string keyKind)
    {
        var grain = NewGrain(keyKind);

        var written = await Written(grain, "a", "b");
        var read = await Read(grain);

        Assert.Equal("1", written.ETag);
        Assert.Equal(["a", "b"], read.State);
        Assert.Equal("1", read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task WriteWithTheCurrentETag_ReplacesTheState_AndMovesTheVersionOn()
    {
        var grain = NewGrain();
        var state = await Written(grain, "first");

        state.State = ["second"];
        await storage.WriteStateAsync(StateName, grain, state);
        var read = await Read(grain);

        Assert.Equal("2", state.ETag);
        Assert.Equal(["second"], read.State);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task WriteWithAStaleETag_Conflicts_AndLeavesTheNewerStateAlone()
    {
        var grain = NewGrain();
        var first = await Written(grain, "first");
        var stale = new GrainState<List<string>>(["stale"]) { ETag = first.ETag };
        first.State = ["newer"];
        await storage.WriteStateAsync(StateName, grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, stale));
        var read = await Read(grain);

        Assert.Equal(["newer"], read.State);
        Assert.Equal("2", read.ETag);
    }

    [Theory]
    [MemberData(nameof(KeyKinds))]
    public async Task SecondFirstWrite_Conflicts_InsteadOfAddingATwin(string keyKind)
    {
        var grain = NewGrain(keyKind);
        await Written(grain, "winner");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Written(grain, "loser"));

        // The provider reads a single row, and would fail on two.
        Assert.Equal(["winner"], (await Read(grain)).State);
    }

    [Fact]
    public async Task ClearWithTheCurrentETag_EmptiesTheState_AndKeepsTheVersionGoing()
    {
        var grain = NewGrain();
        var state = await Written(grain, "doomed");

        await storage.ClearStateAsync(StateName, grain, state);
        var read = await Read(grain);

        Assert.Equal("2", state.ETag);
        Assert.False(state.RecordExists);
        Assert.NotNull(read.State);
        Assert.Empty(read.State);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task ClearWithAStaleETag_Conflicts_AndKeepsTheState()
    {
        var grain = NewGrain();
        var state = await Written(grain, "kept");
        var stale = new GrainState<List<string>>(["kept"]) { ETag = state.ETag, RecordExists = true };
        await storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal(["kept"], (await Read(grain)).State);
    }

    [Fact]
    public async Task WriteAfterClear_WithTheClearsETag_StoresTheStateAgain()
    {
        var grain = NewGrain();
        var state = await Written(grain, "before");
        await storage.ClearStateAsync(StateName, grain, state);

        state.State = ["after"];
        await storage.WriteStateAsync(StateName, grain, state);
        var read = await Read(grain);

        Assert.Equal("3", state.ETag);
        Assert.Equal(["after"], read.State);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task WriteAfterClear_WithTheETagFromBeforeTheClear_Conflicts()
    {
        var grain = NewGrain();
        var state = await Written(grain, "before");
        var beforeClear = new GrainState<List<string>>(["late"]) { ETag = state.ETag };
        await storage.ClearStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, beforeClear));

        Assert.False((await Read(grain)).RecordExists);
    }

    [Fact]
    public async Task SameKey_UnderAnotherStateName_IsAnotherRecord()
    {
        var grain = NewGrain();
        await Written(grain, "mine");

        var other = new GrainState<List<string>>();
        await storage.ReadStateAsync("pg-test-other", grain, other);

        Assert.False(other.RecordExists);
        Assert.NotNull(other.State);
        Assert.Empty(other.State);
    }
}
