using Grid.Contracts.Cases;
using Grid.Domain;

namespace Grid.Contracts.Listings;

/// <summary>What the catalog feed says about a listing.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-registration")]
public sealed record ListingRegistration(
    [property: Id(0)] string SellerId,
    [property: Id(1)] string Marketplace,
    [property: Id(2)] string? BrandId,
    [property: Id(3)] string Title);

/// <summary>The front end's answer: is this listing blocked, and why.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-status")]
public sealed record ListingStatus(
    [property: Id(0)] string ListingId,
    [property: Id(1)] bool Blocked,
    [property: Id(2)] BlockReason? Reason,
    [property: Id(3)] Guid? CaseId,
    [property: Id(4)] DateTimeOffset? Since);

/// <summary>A notice that touched the listing: a case, or a flag that was only recorded.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-notice")]
public sealed record ListingNotice(
    [property: Id(0)] NoticeSource Source,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Guid? CaseId,
    [property: Id(3)] string? BrandId,
    [property: Id(4)] string? Detector,
    [property: Id(5)] double? Score);

/// <summary>A takedown in force on the listing, with its statement of reasons.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-takedown")]
public sealed record ListingTakedown(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] StatementOfReasons Statement);

/// <summary>Everything a case needs to know about the listing it is about.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-facts")]
public sealed record ListingFacts(
    [property: Id(0)] string ListingId,
    [property: Id(1)] string SellerId,
    [property: Id(2)] string Marketplace,
    [property: Id(3)] string? BrandId);

/// <summary>The full picture of a listing, for operators.</summary>
[GenerateSerializer, Immutable, Alias("grid.listing-view")]
public sealed record ListingView(
    [property: Id(0)] string ListingId,
    [property: Id(1)] string SellerId,
    [property: Id(2)] string Marketplace,
    [property: Id(3)] string? BrandId,
    [property: Id(4)] string Title,
    [property: Id(5)] ListingStatus Status,
    [property: Id(6)] IReadOnlyList<ListingTakedown> Takedowns,
    [property: Id(7)] IReadOnlyList<ListingNotice> Notices,
    [property: Id(8)] DateTimeOffset RegisteredAt,
    [property: Id(9)] DateTimeOffset UpdatedAt);
