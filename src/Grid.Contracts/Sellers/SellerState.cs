using Grid.Contracts.Events;

namespace Grid.Contracts.Sellers;

/// <summary>What a seller grain persists.</summary>
[GenerateSerializer, Alias("grid.seller-state")]
public sealed class SellerState
{
    [Id(0)] public HashSet<string> Listings { get; set; } = [];
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

    /// <summary>Every case that ever struck the seller, oldest first, withdrawn ones too: the seller's notices.</summary>
    [Id(9)] public List<Guid> StruckBy { get; set; } = [];
}
