using Grid.Domain;
using Grid.Domain.Review;

namespace Grid.Contracts.Review;

/// <summary>A page request: the filters (null: any), the cursor of the last case seen (null: from the top) and the page size.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-queue-query")]
public sealed record ReviewQueueQuery(
    [property: Id(0)] string? BrandId,
    [property: Id(1)] string? Marketplace,
    [property: Id(2)] CaseStatus? Status,
    [property: Id(3)] bool? Overdue,
    [property: Id(4)] bool? Claimed,
    [property: Id(5)] string? After,
    [property: Id(6)] int Limit)
{
    public ReviewFilter Filter => new(BrandId, Marketplace, Status, Overdue, Claimed);

    /// <summary>The decoded cursor; the API refused a malformed one before it got here.</summary>
    public ReviewKey? AfterKey => ReviewCursor.TryDecode(After, out var key) ? key : null;
}

/// <summary>One partition's first matching entries after the cursor, in queue order, and whether it holds more.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-slice")]
public sealed record ReviewSlice(
    [property: Id(0)] IReadOnlyList<ReviewEntry> Entries,
    [property: Id(1)] bool More);

/// <summary>An open case as an operator sees it in the queue, as of <c>now</c>.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-queue-item")]
public sealed record ReviewQueueItem(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] string? BrandId,
    [property: Id(3)] string Marketplace,
    [property: Id(4)] CaseStatus Status,
    [property: Id(5)] ReviewPriority Priority,
    [property: Id(6)] DateTimeOffset FiledAt,
    [property: Id(7)] DateTimeOffset? DueAt,
    [property: Id(8)] bool Overdue,
    [property: Id(9)] DateTimeOffset? EscalatedAt,
    [property: Id(10)] string? ClaimedBy,
    [property: Id(11)] DateTimeOffset? ClaimUntil,
    [property: Id(12)] long ResponseSeconds);

/// <summary>A page of the queue; <see cref="Next"/> fetches the page after it, and is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-queue-page")]
public sealed record ReviewQueuePage(
    [property: Id(0)] IReadOnlyList<ReviewQueueItem> Items,
    [property: Id(1)] string? Next);

/// <summary>An operator's claim on a case, as granted.</summary>
[GenerateSerializer, Immutable, Alias("grid.review-claim")]
public sealed record ReviewClaimView(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ClaimedBy,
    [property: Id(2)] DateTimeOffset ClaimUntil);
