using Grid.Domain;

namespace Grid.Contracts.Brands;

/// <summary>What a brand grain persists.</summary>
[GenerateSerializer, Alias("grid.brand-state")]
public sealed class BrandState
{
    [Id(0)] public BrandProfile? Profile { get; set; }
    [Id(1)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(2)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(3)] public int Upheld { get; set; }
    [Id(4)] public int Rejected { get; set; }
    [Id(5)] public int TakenDownAtOnce { get; set; }
    [Id(6)] public int VerifiedCounterfeit { get; set; }
    [Id(7)] public int VerifiedGenuine { get; set; }

    /// <summary>Sequence number of the last event published on the brand's stream.</summary>
    [Id(8)] public long LastEventSequence { get; set; }

    /// <summary>What each case counted as, so a replayed outcome counts once and a retraction can take it back.</summary>
    [Id(9)] public Dictionary<Guid, BrandOutcome> CountedCases { get; set; } = [];

    [Id(10)] public int Retracted { get; set; }
}
