using Grid.Contracts.Events;
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

    /// <summary>Sequence number of the last event the brand was told of.</summary>
    [Id(8)] public long LastEventSequence { get; set; }

    /// <summary>
    /// For each case, the last step recorded and what the case counts as: a step re-driven after a crash is
    /// recorded once, and a retraction can take back what the case counted for.
    /// </summary>
    /// <remarks>Packed into a long (see <see cref="CaseMark"/>): this map grows with the brand's cases and is written on every one.</remarks>
    [Id(9)] public Dictionary<Guid, long> Cases { get; set; } = [];

    [Id(10)] public int Retracted { get; set; }

    /// <summary>Events numbered and persisted here, not yet confirmed in the event log (the log's outbox).</summary>
    [Id(11)] public List<BrandEvent> Unlogged { get; set; } = [];

    /// <summary>Keys of the events told through <c>Publish</c>, so a retried publication is told once.</summary>
    [Id(12)] public HashSet<string> Told { get; set; } = [];

    /// <summary>Notices overturned by a successful seller counter-notice (see <see cref="BrandOutcome.Overturned"/>).</summary>
    [Id(13)] public int Overturned { get; set; }
}

/// <summary>The last step of a case the brand recorded, and what the case counts as.</summary>
public readonly record struct CaseMark(int Step, BrandOutcome? Outcome)
{
    // Serialized as one number: a map of records costs several times more to write, on the hottest grain of a takedown.
    public long Pack() => ((long)Step << 8) | (Outcome is { } o ? (long)o + 1 : 0);

    public static CaseMark Unpack(long packed) =>
        new((int)(packed >> 8), (packed & 0xFF) is var o and > 0 ? (BrandOutcome)(o - 1) : null);
}
