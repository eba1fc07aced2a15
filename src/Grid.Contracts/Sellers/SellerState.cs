using Grid.Contracts.Events;
using Grid.Contracts.Storage;

namespace Grid.Contracts.Sellers;

/// <summary>What a seller grain persists.</summary>
[GenerateSerializer, Alias("grid.seller-state")]
public sealed class SellerState
{
    /// <summary>Obsolete: the seller's listings, rewritten whole on every write. Now <see cref="ListingPages"/>; moved there at activation.</summary>
    [Id(0)] public HashSet<string> Listings { get; set; } = [];

    /// <summary>Obsolete: the kept strikes, rewritten whole on every write. Now <see cref="StrikePages"/>; moved there at activation.</summary>
    [Id(1)] public List<StrikeRecord> Strikes { get; set; } = [];
    [Id(2)] public List<PenaltyRecord> Penalties { get; set; } = [];
    [Id(3)] public long PenaltiesVersion { get; set; }

    /// <summary>The last PenaltiesVersion every listing has confirmed.</summary>
    [Id(4)] public long PushedVersion { get; set; }

    /// <summary>Penalties whose brand has not yet been told (an outbox, emptied by the seller grain).</summary>
    [Id(5)] public List<SellerPenalised> Untold { get; set; } = [];

    /// <summary>When the persistent expiry reminder is due (null: none registered).</summary>
    [Id(6)] public DateTimeOffset? ExpiryReminderAt { get; set; }

    /// <summary>Up to when expiries have been applied to the seller's listings.</summary>
    [Id(7)] public DateTimeOffset ExpiriesAppliedUntil { get; set; }

    /// <summary>Penalties not yet in the enforcement log (an outbox, emptied by the seller grain).</summary>
    [Id(8)] public List<Reports.ActivityRecord> Unlogged { get; set; } = [];

    /// <summary>
    /// Obsolete: every case that ever struck the seller, which grew forever. Now filed in the seller's archive
    /// (<see cref="Unfiled"/>, <see cref="ISellerArchiveGrain"/>); a state stored before is moved there on its next write.
    /// </summary>
    [Id(9)] public List<Guid> StruckBy { get; set; } = [];

    /// <summary>How many entries the seller has handed to its archive: the next entry's sequence number.</summary>
    [Id(10)] public long Filed { get; set; }

    /// <summary>Archive entries not yet filed (an outbox, emptied by the seller grain).</summary>
    [Id(11)] public List<SellerArchiveEntry> Unfiled { get; set; } = [];

    /// <summary>Strikes at or before this may have been pruned from <see cref="Strikes"/>; null: none ever was.</summary>
    [Id(12)] public DateTimeOffset? PrunedThrough { get; set; }

    /// <summary>The seller's listings (every one its penalties reach), in pages: registering one writes no more than a page.</summary>
    [Id(13)] public PagedHead<string> ListingPages { get; set; } = new();

    /// <summary>The strikes the penalty rules still need (see PenaltyRetention), in pages: a strike writes no more than a page.</summary>
    [Id(14)] public PagedHead<StrikeRecord> StrikePages { get; set; } = new();
}
