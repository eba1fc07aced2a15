namespace Grid.Domain.Reports;

/// <summary>
/// One statement of reasons in the field layout of the EU DSA Transparency Database (one per decision).
/// Property names map one to one onto the database's snake_case attributes; values use its constants.
/// </summary>
public sealed record DsaStatement(
    string Puid,
    IReadOnlyList<string> DecisionVisibility,
    string? DecisionAccount,
    string? DecisionProvision,
    string DecisionGround,
    string? IllegalContentLegalGround,
    string? IllegalContentExplanation,
    string Category,
    IReadOnlyList<string> CategorySpecification,
    IReadOnlyList<string> ContentType,
    string AutomatedDetection,
    string AutomatedDecision,
    string SourceType,
    string? SourceIdentity,
    string DecisionFacts,
    DateTimeOffset ApplicationDate,
    DateTimeOffset? EndDateAccountRestriction,
    IReadOnlyList<string> TerritorialScope);

public static class DsaStatements
{
    /// <summary>Only restrictions get a statement: takedowns and penalties beyond a warning.</summary>
    public static bool Applies(IActivity a) =>
        a.Kind == ActivityKind.Takedown || (a.Kind == ActivityKind.Penalty && a.Penalty is not (null or PenaltyKind.None or PenaltyKind.Warning));

    public static DsaStatement From(IActivity a)
    {
        if (!Applies(a)) throw new ArgumentException($"Entry {a.Puid} is not a restriction.", nameof(a));
        var takedown = a.Kind == ActivityKind.Takedown;
        var (account, provision) = a.Penalty switch
        {
            PenaltyKind.ListingRestriction => ((string?)null, "DECISION_PROVISION_PARTIAL_SUSPENSION"),
            PenaltyKind.Suspension => ("DECISION_ACCOUNT_SUSPENDED", "DECISION_PROVISION_TOTAL_SUSPENSION"),
            PenaltyKind.Termination => ("DECISION_ACCOUNT_TERMINATED", "DECISION_PROVISION_TOTAL_TERMINATION"),
            _ => ((string?)null, (string?)null),
        };
        var ground = a.Right is { } right ? $"{right.ToString().ToLowerInvariant()} {a.RegistrationNumber}" : null;
        return new DsaStatement(
            a.Puid,
            takedown ? ["DECISION_VISIBILITY_CONTENT_REMOVED"] : [],
            account,
            provision,
            "DECISION_GROUND_ILLEGAL_CONTENT",
            ground is null ? "Infringement of intellectual property rights (counterfeit goods)" : $"Infringement of {ground}",
            a.Facts,
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            Specification(a.NoticeKind),
            ["CONTENT_TYPE_PRODUCT"],
            a.AutomatedDetection ? "Yes" : "No",
            a.AutomatedDecision ? "AUTOMATED_DECISION_FULLY" : a.AutomatedDetection ? "AUTOMATED_DECISION_PARTIALLY" : "AUTOMATED_DECISION_NOT_AUTOMATED",
            a.Channel switch
            {
                NoticeChannel.GoodFaith => "SOURCE_TRUSTED_FLAGGER",
                NoticeChannel.Complaint => "SOURCE_ARTICLE_16",
                _ => "SOURCE_VOLUNTARY",
            },
            a.Channel is NoticeChannel.Complaint or NoticeChannel.GoodFaith ? a.BrandId : null,
            a.Facts ?? (takedown ? "The listing was taken down." : $"The seller was penalised: {a.Penalty}."),
            a.At,
            a.Until,
            ["EU"]);
    }

    private static IReadOnlyList<string> Specification(NoticeKind? kind) => kind switch
    {
        NoticeKind.Trademark or NoticeKind.Counterfeit => ["KEYWORD_TRADEMARK_INFRINGEMENT"],
        NoticeKind.Copyright => ["KEYWORD_COPYRIGHT_INFRINGEMENT"],
        NoticeKind.Patent => ["KEYWORD_PATENT_INFRINGEMENT"],
        NoticeKind.Design => ["KEYWORD_DESIGN_INFRINGEMENT"],
        _ => [],
    };
}
