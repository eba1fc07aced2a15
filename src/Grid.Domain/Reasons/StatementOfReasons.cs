namespace Grid.Domain.Reasons;

/// <summary>
/// Why a listing was restricted, in the terms the EU DSA (art. 17) asks for: the decision, the facts,
/// the source of the notice, whether detection and decision were automated, the ground and how to appeal.
/// </summary>
public sealed record Statement(
    string Decision,
    string Facts,
    string Source,
    bool AutomatedDetection,
    bool AutomatedDecision,
    string Ground,
    string Category,
    string Redress);

/// <summary>What the takedown rests on.</summary>
public sealed record TakedownGrounds(
    NoticeSource Source,
    CaseAction Action,
    ProgramTier? BrandTier,
    string? BrandId,
    RightType? Right,
    string? RegistrationNumber,
    NoticeKind? Kind,
    string? Detector,
    double? Score);

public static class StatementOfReasons
{
    public const string Redress =
        "The seller may contest this decision within 6 months through the platform's internal complaint-handling system (counter-notice).";

    public static Statement ForTakedown(TakedownGrounds g)
    {
        var automatedDecision = g.Source == NoticeSource.Flag && g.Action == CaseAction.TakeDownAtOnce;
        var source = g.Source switch
        {
            NoticeSource.Flag => "own-initiative",
            _ when g.BrandTier == ProgramTier.GoodFaith => "trusted-notice",
            _ => "notice",
        };
        var facts = (g.Source, g.Action) switch
        {
            (NoticeSource.Flag, CaseAction.TakeDownAtOnce) =>
                $"Detector '{g.Detector}' scored the listing {g.Score:0.###} as likely counterfeit, at or above the automatic takedown threshold.",
            (NoticeSource.Flag, _) =>
                $"Detector '{g.Detector}' flagged the listing (score {g.Score:0.###}); brand '{g.BrandId}' examined it and confirmed it counterfeit.",
            (_, CaseAction.TakeDownAtOnce) =>
                $"Brand '{g.BrandId}', a Good Faith Takedown participant, reported the listing as {Describe(g.Kind)}.",
            _ =>
                $"Brand '{g.BrandId}' reported the listing as {Describe(g.Kind)}; an operator reviewed the notice and upheld it.",
        };
        var ground = g.Right is { } right
            ? $"{right.ToString().ToLowerInvariant()} {g.RegistrationNumber}"
            : g.BrandId is null ? "counterfeit goods (no specific right named)" : $"IP rights of brand '{g.BrandId}'";
        var category = g.Kind is null or NoticeKind.Counterfeit ? "counterfeit goods" : "intellectual property infringement";
        return new Statement(
            Decision: "Visibility restriction: the listing is removed from the marketplace.",
            Facts: facts,
            Source: source,
            AutomatedDetection: g.Source == NoticeSource.Flag,
            AutomatedDecision: automatedDecision,
            Ground: ground,
            Category: category,
            Redress: Redress);
    }

    /// <summary>The statement for a penalty on the seller's account (a warning restricts nothing, but is explained too).</summary>
    public static Statement ForPenalty(PenaltyKind kind, int activeStrikes, DateTimeOffset? until)
    {
        var decision = kind switch
        {
            PenaltyKind.Warning => "Warning: no restriction yet; further strikes lead to restrictions.",
            PenaltyKind.ListingRestriction => $"Account restriction: new listings stay blocked until {until:O}.",
            PenaltyKind.Suspension => $"Account suspension: every listing is blocked until {until:O}.",
            PenaltyKind.Termination => "Account termination: every listing is blocked for good.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return new Statement(
            Decision: decision,
            Facts: $"The seller had {activeStrikes} active strikes, each an upheld intellectual property notice, which reaches the '{kind}' rung of the platform's published penalty ladder.",
            Source: "own-initiative",
            AutomatedDetection: false,
            AutomatedDecision: true,
            Ground: "repeated infringement of intellectual property rights (terms of service)",
            Category: "intellectual property infringement",
            Redress: Redress);
    }

    private static string Describe(NoticeKind? kind) => kind switch
    {
        NoticeKind.Counterfeit => "counterfeit goods",
        NoticeKind.Trademark => "trademark infringement",
        NoticeKind.Copyright => "copyright infringement",
        NoticeKind.Patent => "patent infringement",
        NoticeKind.Design => "design infringement",
        _ => "infringing",
    };
}
