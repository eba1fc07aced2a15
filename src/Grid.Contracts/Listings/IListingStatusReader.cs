using Orleans.Concurrency;

namespace Grid.Contracts.Listings;

/// <summary>
/// Status checks in batches: the front end's way to ask about many listings in one call. It runs on the silo
/// the call arrives at, answers the listings active there from memory, and asks the others' grains.
/// </summary>
[Alias("grid.IListingStatusReader")]
public interface IListingStatusReader : IGrainWithIntegerKey
{
    /// <summary>One status per id, in the order asked.</summary>
    [Alias("statuses"), ReadOnly]
    ValueTask<ListingStatus[]> GetStatuses(string[] listingIds);
}

public static class ListingStatusReads
{
    /// <summary>The status of each of <paramref name="listingIds"/>, in one call to the cluster.</summary>
    public static ValueTask<ListingStatus[]> GetListingStatuses(this IGrainFactory grains, string[] listingIds) =>
        grains.GetGrain<IListingStatusReader>(0).GetStatuses(listingIds);
}
