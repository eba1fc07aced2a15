using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Tests.Infrastructure;
using Orleans.Streams;

namespace Grid.Tests.Postgres;

/// <summary>The Grid's own grains on a Postgres-mode cluster: their state and stream subscriptions land in the database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresModeTests(PostgresServer server, PostgresClusterFixture shared) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private IClusterClient client = null!;
    private string Database => shared.ConnectionString;

    public async Task InitializeAsync() => client = (await shared.StartOnceAsync(server, "grid_mode", silos: 2)).Client;
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RegisteredBrand_IsWrittenToGrainStorage()
    {
        var brandId = $"brand-{Guid.NewGuid():N}";

        await client.GetGrain<IBrandGrain>(brandId).Register(new BrandProfile(
            "Postgres Brand", [new IpRight(RightType.Trademark, "TM-PG-1")], ProgramTier.Standard));

        var version = await Db.ScalarAsync<int>(Database,
            "SELECT version FROM orleans_storage WHERE grain_type = 'brand' AND grain_id_extension = @id AND payload IS NOT NULL",
            ("id", brandId));
        Assert.True(version >= 1);
    }

    [Fact]
    public async Task StreamSubscription_IsKeptInThePubSubStore()
    {
        var brandId = $"brand-{Guid.NewGuid():N}";
        var stream = client.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId));

        var subscription = await stream.SubscribeAsync((_, _) => Task.CompletedTask);
        try
        {
            var rows = await Db.ScalarAsync<long>(Database,
                "SELECT count(*) FROM orleans_storage WHERE grain_id_extension LIKE '%' || @id || '%' AND payload IS NOT NULL",
                ("id", brandId));
            Assert.Equal(1, rows);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }
}
