namespace Grid.Domain.Reports;

/// <summary>What the enforcement log records. Values are stored: append, never renumber.</summary>
public enum ActivityKind
{
    /// <summary>A notice arrived: a complaint, a detector's flag, or a brand's verification answer.</summary>
    Notice = 0,

    /// <summary>A listing was taken down (a visibility restriction).</summary>
    Takedown = 1,

    /// <summary>A seller was penalised.</summary>
    Penalty = 2,

    AppealFiled = 3,
    AppealGranted = 4,
    AppealDenied = 5,
}

/// <summary>Where a notice came from, as the transparency report counts it.</summary>
public enum NoticeChannel
{
    Complaint = 0,
    GoodFaith = 1,
    Flag = 2,
    Verification = 3,
}

/// <summary>
/// One entry of the enforcement log: enough to write a statement of reasons in the DSA Transparency Database's
/// layout and to compute the transparency report, without going back to the case.
/// </summary>
public interface IActivity
{
    /// <summary>The platform's unique id for the entry, never reused: [A-Za-z0-9_-] only, as the database requires.</summary>
    string Puid { get; }

    ActivityKind Kind { get; }
    DateTimeOffset At { get; }
    NoticeChannel? Channel { get; }

    /// <summary>When the notice that led to this arrived: the start of the time to action.</summary>
    DateTimeOffset? NoticedAt { get; }

    Guid? CaseId { get; }
    string? ListingId { get; }
    string SellerId { get; }
    string? BrandId { get; }
    RightType? Right { get; }
    string? RegistrationNumber { get; }
    NoticeKind? NoticeKind { get; }
    PenaltyKind? Penalty { get; }
    DateTimeOffset? Until { get; }
    bool AutomatedDetection { get; }
    bool AutomatedDecision { get; }
    string? Facts { get; }
}
