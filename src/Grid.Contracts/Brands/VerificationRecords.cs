namespace Grid.Contracts.Brands;

/// <summary>
/// A Joint-Force verification request the brand has not answered yet: a detector flagged one of the brand's
/// listings and the platform asks the brand whether it is genuine, by <see cref="DueAt"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.open-verification")]
public sealed record OpenVerification(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] string Detector,
    [property: Id(3)] double Score,
    [property: Id(4)] DateTimeOffset RequestedAt,
    [property: Id(5)] DateTimeOffset? DueAt);

/// <summary>The brand's account manager before and after a change.</summary>
[GenerateSerializer, Immutable, Alias("grid.account-manager-change")]
public sealed record AccountManagerChange([property: Id(0)] string? Before, [property: Id(1)] string? After);

/// <summary>A brand's unanswered verification requests, soonest due first, and who manages the brand's account.</summary>
[GenerateSerializer, Immutable, Alias("grid.brand-verifications")]
public sealed record BrandVerifications(
    [property: Id(0)] string BrandId,
    [property: Id(1)] string? AccountManager,
    [property: Id(2)] IReadOnlyList<OpenVerification> Requests);
