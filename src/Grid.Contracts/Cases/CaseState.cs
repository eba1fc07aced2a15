using Grid.Contracts.Brands;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Review;

namespace Grid.Contracts.Cases;

/// <summary>What a case grain persists: the notice, where it stands, and every step it took.</summary>
[GenerateSerializer, Alias("grid.case-state")]
public sealed class CaseState
{
    [Id(0)] public NoticeSource Source { get; set; }
    [Id(1)] public CaseStatus Status { get; set; }
    [Id(2)] public string ListingId { get; set; } = "";
    [Id(3)] public string SellerId { get; set; } = "";
    [Id(4)] public string? BrandId { get; set; }
    [Id(5)] public ProgramTier? BrandTier { get; set; }
    [Id(6)] public IpRight? Right { get; set; }
    [Id(7)] public NoticeKind? Kind { get; set; }
    [Id(8)] public List<string> Evidence { get; set; } = [];
    [Id(9)] public Language? Language { get; set; }
    [Id(10)] public string? Detector { get; set; }
    [Id(11)] public double? Score { get; set; }
    [Id(12)] public DateTimeOffset FiledAt { get; set; }
    [Id(13)] public DateTimeOffset? DueAt { get; set; }
    [Id(14)] public DateTimeOffset? DecidedAt { get; set; }
    [Id(15)] public StatementOfReasons? Statement { get; set; }
    [Id(16)] public List<CaseHistoryEntry> History { get; set; } = [];
    [Id(17)] public string NoticeKey { get; set; } = "";

    /// <summary>
    /// The effects of the last transition (block, strike, accuracy, events) are not all confirmed yet.
    /// Each effect is idempotent, so they are re-driven until confirmed.
    /// </summary>
    [Id(18)] public CaseEffect PendingEffects { get; set; }

    /// <summary>When the review deadline passed without a decision and the case was escalated.</summary>
    [Id(19)] public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>A persistent reminder is registered for the review deadline.</summary>
    [Id(20)] public bool WatchingDeadline { get; set; }

    /// <summary>Until when the seller may answer a complaint under review.</summary>
    [Id(21)] public DateTimeOffset? AnswerDueAt { get; set; }

    [Id(22)] public SellerStatement? SellerAnswer { get; set; }
    [Id(23)] public AppealRecord? Appeal { get; set; }

    /// <summary>The complaint this case belongs to when one complaint named many listings.</summary>
    [Id(24)] public Guid? ComplaintId { get; set; }

    /// <summary>The action of the last step: what the enforcement log records for it.</summary>
    [Id(25)] public CaseAction LastAction { get; set; }

    /// <summary>The listing's marketplace when the case opened, for the review queue's filter.</summary>
    [Id(26)] public string Marketplace { get; set; } = "";

    /// <summary>Where the case stands in the review queue's order, set when the notice is filed.</summary>
    [Id(27)] public ReviewPriority ReviewPriority { get; set; }

    /// <summary>The operator holding the case for review, and until when: the one true copy (the queue shows it).</summary>
    [Id(28)] public string? ClaimedBy { get; set; }

    [Id(29)] public DateTimeOffset? ClaimUntil { get; set; }

    /// <summary>Rises with every change the queue must show, so the queue keeps the latest of what reaches it.</summary>
    [Id(30)] public int QueueRevision { get; set; }

    /// <summary>The queue partition the case went to, kept so it is taken out of the same one.</summary>
    [Id(31)] public int? QueuePartition { get; set; }

    /// <summary>Until when the brand may answer a verification request (Joint-Force).</summary>
    [Id(32)] public DateTimeOffset? VerificationDueAt { get; set; }

    /// <summary>The agent that filed the complaint for the brand, if one did: its record moves with the case's outcome too.</summary>
    [Id(33)] public string? AgentId { get; set; }

    /// <summary>
    /// What the brand counted for this case (a packed CaseMark, 0 before the first step it recorded): kept here, so the
    /// brand forgets the case once this is stored, and its state does not grow with its history.
    /// </summary>
    [Id(34)] public long BrandMark { get; set; }
}
