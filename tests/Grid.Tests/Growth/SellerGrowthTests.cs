using System.Diagnostics;
using Grid.Contracts;
using Grid.Contracts.Sellers;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Xunit.Abstractions;

namespace Grid.Tests.Growth;

/// <summary>
/// Issue 5: a seller's write cost must not grow with its history. Drives strikes straight into seller grains over years
/// of test-clock time and reports the stored state's size and the time of a strike; asserts only the size bound, never a
/// speed. GRID_GROWTH_STRIKES (default 1000) and GRID_GROWTH_DAYS (default 5, days between strikes) scale it up, e.g.
/// GRID_GROWTH_STRIKES=10000 GRID_GROWTH_DAYS=0.9 dotnet test tests/Grid.Tests --filter SellerGrowth --logger "console;verbosity=detailed"
/// </summary>
[Collection(GridCollection.Name)]
public sealed class SellerGrowthTests(GridClusterFixture grid, ITestOutputHelper output)
{
    [Fact]
    public async Task SellerState_StaysTheSizeOfItsLookBack_HoweverLongItsHistory()
    {
        var strikes = int.TryParse(Environment.GetEnvironmentVariable("GRID_GROWTH_STRIKES"), out var n) ? n : 1000;
        var days = double.TryParse(Environment.GetEnvironmentVariable("GRID_GROWTH_DAYS"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 5;
        var gap = TimeSpan.FromDays(days);

        var small = await Drive(10, gap);
        var large = await Drive(strikes, gap);

        foreach (var (count, bytes, kept, perStrike) in new[] { small, large })
            output.WriteLine($"{count,6} strikes, one every {days} days ({count * days / 365:0.#} years): state {bytes,9:N0} bytes, {kept,5} strikes kept, last strikes {perStrike.TotalMilliseconds:0.000} ms each");
        // Two look-backs of 365 days hold at most this many strikes, whatever the history.
        Assert.True(large.Kept <= (int)Math.Ceiling(730 / days) + 1, $"{large.Kept} strikes kept");
    }

    private async Task<(int Count, int Bytes, int Kept, TimeSpan PerStrike)> Drive(int count, TimeSpan gap)
    {
        var seller = grid.Client.GetGrain<ISellerGrain>(grid.NewId("seller"));
        var timed = Math.Min(100, count - 1); // the first strike activates the grain: not timed
        var clock = new Stopwatch();
        for (var i = 0; i < count; i++)
        {
            grid.Clock.Advance(gap);
            if (i == count - timed) clock.Start();
            await seller.AddStrike(new StrikeCommand(Guid.NewGuid(), $"listing-{i}", null));
        }
        clock.Stop();
        var view = await seller.GetView();
        return (count, await StoredBytes(seller), view.Strikes.Count, clock.Elapsed / timed);
    }

    /// <summary>What grain storage holds for the seller, serialized as it is on every write.</summary>
    private async Task<int> StoredBytes(ISellerGrain seller)
    {
        var services = grid.Cluster.Silos[0].ServiceProvider;
        var storage = services.GetRequiredKeyedService<IGrainStorage>(GridNames.Storage);
        var stored = new GrainState<SellerState>();
        await storage.ReadStateAsync("seller", seller.GetGrainId(), stored);
        return services.GetRequiredService<Serializer<SellerState>>().SerializeToArray(stored.State).Length;
    }
}
