using Grid.Contracts;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Grid.Tests.Growth;

/// <summary>
/// A seller's listings and strikes live in pages beside its state, so a strike or a new listing writes a page and a
/// small head, not the seller's whole past; after a reactivation the seller reads them back as they were.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class SellerPagesTests(GridClusterFixture grid)
{
    [Fact]
    public async Task ManyStrikesAndListings_ComeBackAfterReactivation_WhileTheStoredStateStaysSmall()
    {
        var sellerId = grid.NewId("seller");
        var seller = grid.Client.GetGrain<ISellerGrain>(sellerId);
        var listingIds = Enumerable.Range(0, 300).Select(i => $"{sellerId}-l{i}").ToList();
        foreach (var id in listingIds)
            await seller.RegisterListing(id, new ListingRegistration(sellerId, "taobao", null, "paged listing"));
        var cases = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            grid.Clock.Advance(TimeSpan.FromHours(1));
            var caseId = Guid.NewGuid();
            cases.Add(caseId);
            Assert.True((await seller.AddStrike(new StrikeCommand(caseId, listingIds[i], null, grid.Clock.GetUtcNow()))).Added);
        }
        // A withdrawal from a full page rewrites that page, and one from the tail the state.
        await seller.RemoveStrike(cases[10]);
        await seller.RemoveStrike(cases[199]);
        var before = await seller.GetView();

        await grid.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(seller.GetGrainId());
        var after = await seller.GetView();

        Assert.Equal(198, after.Strikes.Count);
        Assert.Equal(cases.Where((_, i) => i is not 10 and not 199), after.Strikes.Select(s => s.CaseId));
        Assert.Equal(before.Strikes, after.Strikes);
        Assert.Equal(before.Penalty, after.Penalty);
        Assert.Equal(300, after.ListingCount);
        Assert.False((await seller.AddStrike(new StrikeCommand(cases[150], listingIds[150], null, grid.Clock.GetUtcNow()))).Added);
        Assert.Equal(cases, await seller.GetStruckBy());
        // The state carries at most a page's tail of each list: 198 strikes and 300 listings would be about 30 KB whole.
        Assert.InRange(await StoredBytes(seller), 1, 12_000);
    }

    [Fact]
    public async Task APageWrittenAheadOfItsHead_IsWrittenAgainWhenTheTailFillsUp()
    {
        // A crash between writing a full page and the state that counts it leaves the page record behind.
        var sellerId = grid.NewId("seller");
        var seller = grid.Client.GetGrain<ISellerGrain>(sellerId);
        for (var i = 0; i < 63; i++)
            await seller.AddStrike(new StrikeCommand(Guid.NewGuid(), $"listing-{i}", null, grid.Clock.GetUtcNow()));
        await grid.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(seller.GetGrainId());
        var storage = grid.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GridNames.Storage);
        await storage.WriteStateAsync("seller-strikes/0", seller.GetGrainId(), new GrainState<List<StrikeRecord>>([]));

        var last = Guid.NewGuid();
        Assert.True((await seller.AddStrike(new StrikeCommand(last, "listing-63", null, grid.Clock.GetUtcNow()))).Added);
        await grid.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(seller.GetGrainId());

        var view = await seller.GetView();
        Assert.Equal(64, view.Strikes.Count);
        Assert.Equal(last, view.Strikes[^1].CaseId);
    }

    private async Task<int> StoredBytes(ISellerGrain seller)
    {
        var services = grid.Cluster.Silos[0].ServiceProvider;
        var stored = new GrainState<SellerState>();
        await services.GetRequiredKeyedService<IGrainStorage>(GridNames.Storage).ReadStateAsync("seller", seller.GetGrainId(), stored);
        return services.GetRequiredService<Serializer<SellerState>>().SerializeToArray(stored.State).Length;
    }
}
