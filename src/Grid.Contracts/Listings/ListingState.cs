using Grid.Contracts.Sellers;

namespace Grid.Contracts.Listings;

/// <summary>What a listing grain persists.</summary>
[GenerateSerializer, Alias("grid.listing-state")]
public sealed class ListingState
{
    [Id(0)] public ListingRegistration? Registration { get; set; }
    [Id(1)] public DateTimeOffset? FirstRegisteredAt { get; set; }
    [Id(2)] public DateTimeOffset? UpdatedAt { get; set; }
    [Id(3)] public List<ListingTakedown> Takedowns { get; set; } = [];
    [Id(4)] public List<ListingNotice> Notices { get; set; } = [];

    /// <summary>Notice key -> the case that holds it (see CaseMachine.HoldsNotice).</summary>
    [Id(5)] public Dictionary<string, Guid> HeldNotices { get; set; } = [];

    /// <summary>The seller's penalties that affect listings, as last pushed by the seller grain.</summary>
    [Id(6)] public List<PenaltyRecord> SellerPenalties { get; set; } = [];

    /// <summary>Which push of the seller's penalties this is; older pushes are ignored.</summary>
    [Id(7)] public long SellerPenaltiesVersion { get; set; }
}
