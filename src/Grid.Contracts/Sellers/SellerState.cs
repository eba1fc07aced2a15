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
}
