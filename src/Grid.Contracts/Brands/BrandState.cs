using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Domain.Brands;

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

    /// <summary>An operator pinned the tier (<see cref="BrandProfile.Tier"/>): the tier rule leaves it alone.</summary>
    [Id(14)] public bool TierPinned { get; set; }

    /// <summary>When the brand last lost GoodFaith automatically: the cooldown runs from here.</summary>
    [Id(15)] public DateTimeOffset? GoodFaithLostAt { get; set; }

    /// <summary>
    /// The tier window: decided complaints per day and kind, only days inside the window (dropped as they leave),
    /// so this stays bounded however long the brand's history.
    /// </summary>
    [Id(16)] public List<NoticeBucket> Notices { get; set; } = [];

    /// <summary>The misuse level (DSA art. 23), since when, and when the rule last saw the brand breaching.</summary>
    [Id(17)] public MisuseLevel MisuseLevel { get; set; }
    [Id(18)] public DateTimeOffset? MisuseSince { get; set; }
    [Id(19)] public DateTimeOffset? MisuseLastBreachAt { get; set; }

    /// <summary>Agents (trade associations, law firms) the brand authorised to file for it, and since when.</summary>
    [Id(20)] public Dictionary<string, DateTimeOffset> Agents { get; set; } = [];

    /// <summary>Joint-Force verification requests not yet answered or expired: bounded by what is open, not by history.</summary>
    [Id(21)] public Dictionary<Guid, OpenVerification> OpenVerifications { get; set; } = [];

    /// <summary>The operator who manages the brand's Joint-Force account and sees its verification requests.</summary>
    [Id(22)] public string? AccountManager { get; set; }
}

/// <summary>
/// The last step of a case the brand recorded, what the case counts as, and where it counts in the tier
/// window (its kind of notice and the day of its result), so a later outcome can take it back from there.
/// </summary>
public readonly record struct CaseMark(int Step, BrandOutcome? Outcome, NoticeKind? Kind, DateOnly? Day)
{
    // Serialized as one number: a map of records costs several times more to write, on the hottest grain of a takedown.
    // Bits 0-7 outcome + 1, 8-31 step, 32-35 kind + 1, 36-62 day number + 1; 0 means none. Marks written before the
    // kind and day existed had only the first two, with zeros above: they read back as "counted nowhere".
    private const int StepBits = 24;
    public const int MaxStep = (1 << StepBits) - 1;

    public long Pack()
    {
        if (Step is < 0 or > MaxStep) throw new ArgumentOutOfRangeException(nameof(Step), Step, $"A case mark holds steps 0 to {MaxStep}.");
        return (Outcome is { } o ? (long)o + 1 : 0)
            | ((long)Step << 8)
            | ((Kind is { } k ? (long)k + 1 : 0) << 32)
            | ((Day is { } d ? (long)d.DayNumber + 1 : 0) << 36);
    }

    public static CaseMark Unpack(long packed)
    {
        var outcome = packed & 0xFF;
        var kind = (packed >> 32) & 0xF;
        var day = packed >> 36;
        return new(
            (int)((packed >> 8) & MaxStep),
            outcome > 0 ? (BrandOutcome)(outcome - 1) : null,
            kind > 0 ? (NoticeKind)(kind - 1) : null,
            day > 0 ? DateOnly.FromDayNumber((int)(day - 1)) : null);
    }
}
