using Grid.Domain;
using Grid.Domain.Penalties;

namespace Grid.Contracts.Sellers;

/// <summary>A mark on the seller for one takedown. One per case, never two.</summary>
[GenerateSerializer, Immutable, Alias("grid.strike")]
public sealed record StrikeRecord(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] string? BrandId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] DateTimeOffset ExpiresAt) : IStrike;

/// <summary>A penalty imposed on the seller, with the strike that triggered it.</summary>
[GenerateSerializer, Immutable, Alias("grid.penalty")]
public sealed record PenaltyRecord(
    [property: Id(0)] PenaltyKind Kind,
    [property: Id(1)] DateTimeOffset ImposedAt,
    [property: Id(2)] DateTimeOffset? EndsAt,
    [property: Id(3)] Guid CaseId,
    [property: Id(4)] int StrikesAtTheTime,
    [property: Id(5)] DateTimeOffset? LiftedAt = null) : IPenalty;

/// <summary>The seller's listing-affecting penalties as pushed to its listings, versioned so a late push loses.</summary>
[GenerateSerializer, Immutable, Alias("grid.seller-penalties")]
public sealed record SellerPenalties(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<PenaltyRecord> Penalties);

/// <summary>A strike as the seller and operators see it.</summary>
[GenerateSerializer, Immutable, Alias("grid.strike-view")]
public sealed record StrikeView(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] bool Active);

[GenerateSerializer, Immutable, Alias("grid.penalty-view")]
public sealed record PenaltyView(
    [property: Id(0)] PenaltyKind Kind,
    [property: Id(1)] DateTimeOffset? Since,
    [property: Id(2)] DateTimeOffset? Until);

[GenerateSerializer, Immutable, Alias("grid.seller-view")]
public sealed record SellerView(
    [property: Id(0)] string SellerId,
    [property: Id(1)] int ActiveStrikes,
    [property: Id(2)] IReadOnlyList<StrikeView> Strikes,
    [property: Id(3)] PenaltyView Penalty,
    [property: Id(4)] IReadOnlyList<PenaltyRecord> History, // the penalties the seller still holds; all of them: GetHistory
    [property: Id(5)] int ListingCount);

/// <summary>
/// What the seller grain is asked to record for an upheld takedown. <see cref="StepAt"/> is when the case step was
/// taken: a step re-driven after the seller has pruned that far back is known to be settled, never counted twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.strike-command")]
public sealed record StrikeCommand(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] string? BrandId,
    [property: Id(3)] DateTimeOffset? StepAt = null);

/// <summary>One entry of a seller's archive: a case that struck it, or a penalty its state no longer needs to hold.</summary>
[GenerateSerializer, Immutable, Alias("grid.seller-archive-entry")]
public sealed record SellerArchiveEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] Guid? StruckBy,
    [property: Id(2)] PenaltyRecord? Penalty);

/// <summary>The seller's whole history: every case that struck it (oldest first, withdrawn ones too) and every penalty.</summary>
[GenerateSerializer, Immutable, Alias("grid.seller-history")]
public sealed record SellerHistory(
    [property: Id(0)] IReadOnlyList<Guid> StruckBy,
    [property: Id(1)] IReadOnlyList<PenaltyRecord> Penalties);

[GenerateSerializer, Immutable, Alias("grid.strike-result")]
public sealed record StrikeResult(
    [property: Id(0)] bool Added,
    [property: Id(1)] PenaltyRecord? PenaltyImposed);
