using System.Text.Json.Serialization;
using Grid.Contracts.Brands;
using Grid.Contracts.Listings;
using Grid.Domain;
using Grid.Domain.Languages;

namespace Grid.Contracts.Cases;

/// <summary>A brand's complaint about one listing.</summary>
[GenerateSerializer, Immutable, Alias("grid.complaint-filing")]
public sealed record ComplaintFiling(
    [property: Id(0)] string BrandId,
    [property: Id(1)] string ListingId,
    [property: Id(2)] IpRight Right,
    [property: Id(3)] NoticeKind Kind,
    [property: Id(4)] IReadOnlyList<string> Evidence,
    [property: Id(5)] Language Language,
    [property: Id(6)] string FiledBy,
    [property: Id(7)] Guid? ComplaintId = null,
    [property: Id(8)] string? AgentId = null);

/// <summary>A flag that FlagIntake decided deserves a case.</summary>
[GenerateSerializer, Immutable, Alias("grid.flag-case")]
public sealed record FlagCaseOpening(
    [property: Id(0)] ListingFacts Listing,
    [property: Id(1)] string Detector,
    [property: Id(2)] double Score,
    [property: Id(3)] string? BrandId,
    [property: Id(4)] FlagOutcome Outcome,
    [property: Id(5)] string FiledBy);

/// <summary>
/// One transition of a case, kept forever. A note the system wrote (an escalation, an expiry) also keeps its
/// message, so it reads in the reader's language; a person's note is shown as they wrote it.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.case-history")]
public sealed record CaseHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] CaseStatus Status,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? Note,
    [property: Id(4), JsonIgnore] Message? SystemNote = null)
{
    public CaseHistoryEntry In(Language language) => SystemNote is { } note ? this with { Note = note.In(language) } : this;
}

/// <summary>
/// A case as callers read it. <see cref="ClaimedBy"/> and <see cref="ClaimUntil"/> show a claim only while it holds;
/// <see cref="ResponseSeconds"/> is the time from filing to the decision, or to now while undecided.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.case-view")]
public sealed record CaseView(
    [property: Id(0)] Guid CaseId,
    [property: Id(1)] NoticeSource Source,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] string ListingId,
    [property: Id(4)] string SellerId,
    [property: Id(5)] string? BrandId,
    [property: Id(6)] IpRight? Right,
    [property: Id(7)] NoticeKind? Kind,
    [property: Id(8)] IReadOnlyList<string> Evidence,
    [property: Id(9)] Language? Language,
    [property: Id(10)] string? Detector,
    [property: Id(11)] double? Score,
    [property: Id(12)] DateTimeOffset FiledAt,
    [property: Id(13)] DateTimeOffset? DueAt,
    [property: Id(14)] DateTimeOffset? DecidedAt,
    [property: Id(15)] StatementOfReasons? Statement,
    [property: Id(16)] IReadOnlyList<CaseHistoryEntry> History,
    [property: Id(17)] DateTimeOffset? EscalatedAt,
    [property: Id(18)] DateTimeOffset? AnswerDueAt,
    [property: Id(19)] SellerStatement? SellerAnswer,
    [property: Id(20)] AppealRecord? Appeal,
    [property: Id(21)] Guid? ComplaintId,
    [property: Id(22)] string? ClaimedBy,
    [property: Id(23)] DateTimeOffset? ClaimUntil,
    [property: Id(24)] long ResponseSeconds,
    [property: Id(25)] DateTimeOffset? VerificationDueAt);

/// <summary>What a seller said about a case: an answer to a pending complaint, or the ground of an appeal.</summary>
[GenerateSerializer, Immutable, Alias("grid.seller-statement")]
public sealed record SellerStatement(
    [property: Id(0)] string Statement,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By);

/// <summary>A seller's appeal (counter-notice) against a takedown, and the operator's decision on it.</summary>
[GenerateSerializer, Immutable, Alias("grid.appeal")]
public sealed record AppealRecord(
    [property: Id(0)] SellerStatement Ground,
    [property: Id(1)] AppealDecision? Decision,
    [property: Id(2)] string? Note,
    [property: Id(3)] DateTimeOffset? DecidedAt,
    [property: Id(4)] string? DecidedBy,
    [property: Id(5)] DateTimeOffset? DueAt = null,
    [property: Id(6)] DateTimeOffset? EscalatedAt = null);
