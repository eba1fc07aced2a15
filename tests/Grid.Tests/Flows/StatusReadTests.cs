using Grid.Contracts.Listings;
using Grid.Domain;
using Grid.Grains.Listings;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Tests.Flows;

/// <summary>The read path in batches: the status reader answers from each silo's board and asks the grains the board lacks.</summary>
[Collection(GridCollection.Name)]
public sealed class StatusReadTests(GridClusterFixture grid)
{
    [Fact]
    public async Task Reader_AnswersEveryIdInOrder_UnknownListingsOpen()
    {
        var sellerId = grid.NewId("seller");
        var known = grid.NewId("listing");
        var unknown = grid.NewId("unknown");
        await grid.Client.RegisterListing(known, sellerId, null);

        var statuses = await grid.Client.GetListingStatuses([unknown, known, unknown]);

        Assert.Equal([unknown, known, unknown], statuses.Select(s => s.ListingId));
        Assert.All(statuses, s => Assert.False(s.Blocked));
    }

    [Fact]
    public async Task GoodFaithTakedown_IsVisibleToTheVeryNextBatchCheck()
    {
        var brandId = grid.NewId("brand");
        var listingId = grid.NewId("listing");
        await grid.Client.RegisterBrand(brandId, ProgramTier.GoodFaith);
        await grid.Client.RegisterListing(listingId, grid.NewId("seller"), brandId);
        Assert.False((await grid.Client.GetListingStatuses([listingId]))[0].Blocked); // now on its silo's board

        var taken = await grid.Client.FileComplaint(Guid.NewGuid(), brandId, listingId);
        var status = (await grid.Client.GetListingStatuses([listingId]))[0];

        Assert.True(status.Blocked);
        Assert.Equal(BlockReason.Takedown, status.Reason);
        Assert.Equal(taken.CaseId, status.CaseId);
    }

    [Fact]
    public async Task Listing_IsOnTheBoardOfTheSiloItIsActiveOn_OnlyThere()
    {
        var listingId = grid.NewId("listing");
        await grid.Client.RegisterListing(listingId, grid.NewId("seller"), null);

        var holding = Boards().Count(b => b.TryGet(listingId, out _));

        Assert.Equal(1, holding);
    }

    [Fact]
    public async Task DeactivatedListing_LeavesTheBoard_AndATakedownAfterIsStillSeen()
    {
        var brandId = grid.NewId("brand");
        var listingId = grid.NewId("listing");
        await grid.Client.RegisterBrand(brandId, ProgramTier.GoodFaith);
        await grid.Client.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var listing = grid.Client.GetGrain<IListingGrain>(listingId);

        await grid.Client.GetGrain<IManagementGrain>(0).DeactivateGrain(listing.GetGrainId());
        await Until(() => Boards().All(b => !b.TryGet(listingId, out _)));
        var taken = await grid.Client.FileComplaint(Guid.NewGuid(), brandId, listingId);

        Assert.Equal(taken.CaseId, (await grid.Client.GetListingStatuses([listingId]))[0].CaseId);
        Assert.Equal(taken.CaseId, (await listing.GetStatus()).CaseId);
    }

    private IEnumerable<ListingStatusBoard> Boards() =>
        grid.Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<ListingStatusBoard>());

    private static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
