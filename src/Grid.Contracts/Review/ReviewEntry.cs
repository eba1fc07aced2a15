using Grid.Domain;
using Grid.Domain.Review;

namespace Grid.Contracts.Review;

/// <summary>
/// An open case as the review queue holds it: what operators filter and sort by, nothing more, so a
/// partition of thousands stays small to keep and to write. The case grain is its source.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.review-entry")]
public sealed record ReviewEntry(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] string? BrandId,
    [property: Id(3)] string Marketplace,
    [property: Id(4)] CaseStatus Status,
    [property: Id(5)] ReviewPriority Priority,
    [property: Id(6)] DateTimeOffset FiledAt,
    [property: Id(7)] DateTimeOffset? DueAt,
    [property: Id(8)] DateTimeOffset? EscalatedAt,
    [property: Id(9)] string? ClaimedBy,
    [property: Id(10)] DateTimeOffset? ClaimUntil,
    [property: Id(11)] int Revision) : IReviewEntry;

/// <summary>One change to a partition: the case's new entry, or (no entry) its removal at that revision.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-change")]
public sealed record ReviewChange(
    [property: Id(0)] long Sequence,
    [property: Id(1)] Guid CaseId,
    [property: Id(2)] int Revision,
    [property: Id(3)] ReviewEntry? Entry);

/// <summary>A partition's entries as of a journal sequence number: written only when the journal is folded in.</summary>
[GenerateSerializer, Alias("grid.review-snapshot")]
public sealed class ReviewSnapshotState
{
    [Id(0)] public List<ReviewEntry> Entries { get; set; } = [];

    /// <summary>The last journal change already in <see cref="Entries"/>; later ones are replayed on activation.</summary>
    [Id(1)] public long Through { get; set; }
}

/// <summary>A partition's changes since its snapshot: the small state written on every enqueue and dequeue.</summary>
[GenerateSerializer, Alias("grid.review-journal")]
public sealed class ReviewJournalState
{
    [Id(0)] public List<ReviewChange> Changes { get; set; } = [];

    /// <summary>Sequence number of the last change ever journalled; it survives the journal being emptied.</summary>
    [Id(1)] public long LastSequence { get; set; }
}
