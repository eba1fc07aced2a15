using System.Text.Json.Serialization;
using Grid.Contracts.Brands;
using Grid.Domain;

namespace Grid.Contracts.Events;

/// <summary>
/// Something a brand is told about, on its stream (namespace brand-events, key brand id).
/// <see cref="Sequence"/> is stamped by the brand grain: it rises by one per event of that brand.
/// </summary>
[GenerateSerializer, Alias("grid.brand-event")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ComplaintFiled), "complaint-filed")]
[JsonDerivedType(typeof(ListingTakenDown), "listing-taken-down")]
[JsonDerivedType(typeof(VerificationRequested), "verification-requested")]
[JsonDerivedType(typeof(CaseDecided), "case-decided")]
[JsonDerivedType(typeof(ListingReinstated), "listing-reinstated")]
[JsonDerivedType(typeof(SellerPenalised), "seller-penalised")]
[JsonDerivedType(typeof(ReviewOverdue), "review-overdue")]
[JsonDerivedType(typeof(VerificationExpired), "verification-expired")]
[JsonDerivedType(typeof(AppealFiled), "appeal-filed")]
[JsonDerivedType(typeof(AppealDecided), "appeal-decided")]
[JsonDerivedType(typeof(TierChanged), "tier-changed")]
[JsonDerivedType(typeof(MisuseLevelChanged), "misuse-level-changed")]
public abstract record BrandEvent
{
    [Id(0)] public long Sequence { get; init; }
    [Id(1)] public required string BrandId { get; init; }
    [Id(2)] public required DateTimeOffset At { get; init; }

    /// <summary>The name SSE subscribers see as the event type.</summary>
    [JsonIgnore]
    public abstract string EventType { get; }
}

[GenerateSerializer, Alias("grid.complaint-filed")]
public sealed record ComplaintFiled : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required NoticeKind Kind { get; init; }
    [Id(3)] public required CaseStatus Status { get; init; }
    [Id(4)] public DateTimeOffset? DueAt { get; init; }
    public override string EventType => "complaint-filed";
}

[GenerateSerializer, Alias("grid.listing-taken-down")]
public sealed record ListingTakenDown : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required string SellerId { get; init; }
    [Id(3)] public required bool AutomatedDecision { get; init; }
    public override string EventType => "listing-taken-down";
}

[GenerateSerializer, Alias("grid.verification-requested")]
public sealed record VerificationRequested : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required string Detector { get; init; }
    [Id(3)] public required double Score { get; init; }

    /// <summary>The brand's answer is due by then; unanswered, the request expires and the listing stays up.</summary>
    [Id(4)] public DateTimeOffset? DueAt { get; init; }
    public override string EventType => "verification-requested";
}

[GenerateSerializer, Alias("grid.case-decided")]
public sealed record CaseDecided : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required CaseStatus Status { get; init; }
    [Id(3)] public string? Note { get; init; }
    public override string EventType => "case-decided";
}

[GenerateSerializer, Alias("grid.listing-reinstated")]
public sealed record ListingReinstated : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    public override string EventType => "listing-reinstated";
}

[GenerateSerializer, Alias("grid.seller-penalised")]
public sealed record SellerPenalised : BrandEvent
{
    [Id(0)] public required string SellerId { get; init; }
    [Id(1)] public required PenaltyKind Penalty { get; init; }
    [Id(2)] public DateTimeOffset? Until { get; init; }
    [Id(3)] public required Guid CaseId { get; init; }
    public override string EventType => "seller-penalised";
}

/// <summary>The review deadline of the brand's complaint passed without a decision; operators were alerted.</summary>
[GenerateSerializer, Alias("grid.review-overdue")]
public sealed record ReviewOverdue : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required DateTimeOffset DueAt { get; init; }

    /// <summary>What was overdue: the review of the notice (under-review) or the decision on the seller's appeal (appealed).</summary>
    [Id(3)] public CaseStatus? Status { get; init; }
    public override string EventType => "review-overdue";
}

/// <summary>The seller appealed the takedown of a listing the brand's notice (or a verification) brought down.</summary>
[GenerateSerializer, Alias("grid.appeal-filed")]
public sealed record AppealFiled : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required string SellerId { get; init; }
    [Id(3)] public required string Statement { get; init; }
    public override string EventType => "appeal-filed";
}

/// <summary>An operator decided the seller's appeal; when granted the listing is back and the notice counts as overturned.</summary>
[GenerateSerializer, Alias("grid.appeal-decided")]
public sealed record AppealDecided : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required AppealDecision Decision { get; init; }
    [Id(3)] public string? Note { get; init; }
    public override string EventType => "appeal-decided";
}

/// <summary>
/// The brand's program tier changed: earned or lost by its figures over the window (which it carries), or set by an
/// operator. <see cref="Kind"/> names the kind of notice whose figures broke a bound, when it was one kind's.
/// </summary>
[GenerateSerializer, Alias("grid.tier-changed")]
public sealed record TierChanged : BrandEvent
{
    [Id(0)] public required ProgramTier From { get; init; }
    [Id(1)] public required ProgramTier To { get; init; }
    [Id(2)] public required TierChangeReason Reason { get; init; }
    [Id(3)] public NoticeKind? Kind { get; init; }
    [Id(4)] public required TierFiguresView Figures { get; init; }
    [Id(5)] public required int WindowDays { get; init; }
    [Id(6)] public required bool Pinned { get; init; }
    [Id(7)] public DateTimeOffset? CooldownUntil { get; init; }
    public override string EventType => "tier-changed";
}

/// <summary>
/// The brand's misuse level changed (DSA art. 23): too many of its notices were rejected over the window (the figures
/// it carries), or it stayed clear long enough to step down. <see cref="Until"/> is set while suspended from filing.
/// </summary>
[GenerateSerializer, Alias("grid.misuse-level-changed")]
public sealed record MisuseLevelChanged : BrandEvent
{
    [Id(0)] public required MisuseLevel From { get; init; }
    [Id(1)] public required MisuseLevel To { get; init; }
    [Id(2)] public required MisuseFiguresView Figures { get; init; }
    [Id(3)] public DateTimeOffset? Until { get; init; }
    public override string EventType => "misuse-level-changed";
}

/// <summary>The brand did not answer a verification request in time: the request lapsed and the listing stays up.</summary>
[GenerateSerializer, Alias("grid.verification-expired")]
public sealed record VerificationExpired : BrandEvent
{
    [Id(0)] public required Guid CaseId { get; init; }
    [Id(1)] public required string ListingId { get; init; }
    [Id(2)] public required string Detector { get; init; }
    public override string EventType => "verification-expired";
}
