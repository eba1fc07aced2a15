using Grid.Domain.Languages;

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

/// <summary>Writes statements of reasons, in any language, from the grounds they rest on; the sentences are in <see cref="Messages"/>.</summary>
public static class StatementOfReasons
{
    public static Statement ForTakedown(TakedownGrounds g, Language language = Language.En)
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
            (NoticeSource.Flag, CaseAction.TakeDownAtOnce) => Messages.FactsAutomatedFlag(g.Detector, g.Score),
            (NoticeSource.Flag, _) => Messages.FactsVerifiedFlag(g.Detector, g.Score, g.BrandId),
            (_, CaseAction.TakeDownAtOnce) => Messages.FactsGoodFaithComplaint(g.BrandId, g.Kind),
            _ => Messages.FactsUpheldComplaint(g.BrandId, g.Kind),
        };
        var ground = g.Right is { } right
            ? Messages.GroundRight(right, g.RegistrationNumber)
            : g.BrandId is null ? Messages.GroundNoRight() : Messages.GroundBrandRights(g.BrandId);
        var category = g.Kind is null or NoticeKind.Counterfeit ? Messages.CategoryCounterfeit() : Messages.CategoryIpInfringement();
        return new Statement(
            Decision: Messages.TakedownDecision().In(language),
            Facts: facts.In(language),
            Source: source,
            AutomatedDetection: g.Source == NoticeSource.Flag,
            AutomatedDecision: automatedDecision,
            Ground: ground.In(language),
            Category: category.In(language),
            Redress: Messages.Redress().In(language));
    }

    /// <summary>The statement for a penalty on the seller's account (a warning restricts nothing, but is explained too).</summary>
    public static Statement ForPenalty(PenaltyKind kind, int activeStrikes, DateTimeOffset? until, Language language = Language.En)
    {
        var decision = kind switch
        {
            PenaltyKind.Warning => Messages.WarningDecision(),
            PenaltyKind.ListingRestriction => Messages.RestrictionDecision(until),
            PenaltyKind.Suspension => Messages.SuspensionDecision(until),
            PenaltyKind.Termination => Messages.TerminationDecision(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return new Statement(
            Decision: decision.In(language),
            Facts: Messages.PenaltyFacts(activeStrikes, kind).In(language),
            Source: "own-initiative",
            AutomatedDetection: false,
            AutomatedDecision: true,
            Ground: Messages.PenaltyGround().In(language),
            Category: Messages.CategoryIpInfringement().In(language),
            Redress: Messages.Redress().In(language));
    }
}
