using Grid.Contracts.Listings;
using Grid.Grains.Listings;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// How the API answers status checks. Inside a silo (the production host: API and silo in one process) it reads
/// the silo's board first, so a listing active here costs a lookup, not a grain call; a front end beside the
/// cluster has no board and asks the grains (one call per batch, to the reader on the silo it reaches).
/// </summary>
public sealed class StatusReads(IGrainFactory grains, IServiceProvider services)
{
    private readonly ListingStatusBoard? board = services.GetService<ListingStatusBoard>();
    private readonly TimeProvider clock = services.GetService<TimeProvider>() ?? TimeProvider.System;

    public ValueTask<ListingStatus> One(string listingId) =>
        board?.Find(listingId, clock.GetUtcNow()) is { } status
            ? ValueTask.FromResult(status)
            : grains.GetGrain<IListingGrain>(listingId).GetStatus();

    public ValueTask<ListingStatus[]> Many(string[] listingIds) =>
        board is not null ? board.Answer(grains, clock.GetUtcNow(), listingIds) : grains.GetListingStatuses(listingIds);
}
