using Grid.Domain;
using Grid.Domain.Reports;

namespace Grid.Contracts.Reports;

/// <summary>One entry of the enforcement log as stored and sent.</summary>
[GenerateSerializer, Immutable, Alias("grid.activity")]
public sealed record ActivityRecord(
    [property: Id(0)] string Puid,
    [property: Id(1)] ActivityKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] NoticeChannel? Channel,
    [property: Id(4)] DateTimeOffset? NoticedAt,
    [property: Id(5)] Guid? CaseId,
    [property: Id(6)] string? ListingId,
    [property: Id(7)] string SellerId,
    [property: Id(8)] string? BrandId,
    [property: Id(9)] RightType? Right,
    [property: Id(10)] string? RegistrationNumber,
    [property: Id(11)] NoticeKind? NoticeKind,
    [property: Id(12)] PenaltyKind? Penalty,
    [property: Id(13)] DateTimeOffset? Until,
    [property: Id(14)] bool AutomatedDetection,
    [property: Id(15)] bool AutomatedDecision,
    [property: Id(16)] string? Facts) : IActivity;
