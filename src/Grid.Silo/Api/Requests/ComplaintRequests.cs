using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>An IP right as callers send it.</summary>
public sealed record RightRequest(RightType? Type, string? RegistrationNumber)
{
    public void Validate(InputErrors e, string field)
    {
        e.Required($"{field}.type", Type);
        e.Id($"{field}.registrationNumber", RegistrationNumber);
    }

    public IpRight ToRight() => new(Type!.Value, RegistrationNumber!);
}

/// <summary>
/// POST /v1/complaints: a brand reports one listing (<c>listingId</c>) or many under one right (<c>listingIds</c>),
/// in the language it names (<see cref="LanguageTags.OfComplaint"/>), or else the one its caller asks answers in.
/// </summary>
public sealed record ComplaintRequest(
    string? BrandId, string? ListingId, RightRequest? Right, NoticeKind? Kind, List<string?>? Evidence, string? Language,
    List<string?>? ListingIds = null)
{
    public const int MaxEvidence = 20;
    public const int MaxEvidenceLength = 2048;

    public bool ManyListings => ListingIds is not null;

    public void Validate(InputErrors e)
    {
        e.Id("brandId", BrandId);
        if (ListingIds is null) e.Id("listingId", ListingId);
        else if (ListingId is not null) e.Add("listingIds", Messages.ListingIdOrIds());
        else if (ListingIds.Count is 0 or > ComplaintGroups.MaxListings)
            e.Add("listingIds", Messages.ListingIdsCount(ComplaintGroups.MaxListings));
        else
        {
            for (var i = 0; i < ListingIds.Count; i++) e.Id($"listingIds[{i}]", ListingIds[i]);
            if (ListingIds.Distinct(StringComparer.Ordinal).Count() != ListingIds.Count) e.Add("listingIds", Messages.ListingIdsRepeated());
        }
        if (Right is null) e.Add("right", Messages.Required());
        else Right.Validate(e, "right");
        e.Required("kind", Kind);
        if (Language is not null && LanguageTags.OfComplaint(Language) is null) e.Add("language", Messages.LanguageUnknown());
        if (Evidence is null || Evidence.Count == 0) e.Add("evidence", Messages.EvidenceMissing());
        else if (Evidence.Count > MaxEvidence) e.Add("evidence", Messages.EvidenceTooMany(MaxEvidence));
        else for (var i = 0; i < Evidence.Count; i++) e.Prose($"evidence[{i}]", Evidence[i], MaxEvidenceLength);
    }

    /// <summary>The language the complaint names, if it names one; without it, the caller's Accept-Language decides.</summary>
    public Language? NamedLanguage => Language is null ? null : LanguageTags.OfComplaint(Language);

    public ComplaintFiling ToFiling(string filedBy, string? agentId, Language language) =>
        new(BrandId!, ListingId ?? "", Right!.ToRight(), Kind!.Value, [.. Evidence!.Select(x => x!)], language, filedBy, AgentId: agentId);
}

/// <summary>POST /v1/complaints/{caseId}/decision: an operator's review.</summary>
public sealed record DecisionRequest(ReviewDecision? Decision, string? Note)
{
    public const int MaxNoteLength = 2000;

    public void Validate(InputErrors e)
    {
        e.Required("decision", Decision);
        e.Prose("note", Note, MaxNoteLength, required: false);
    }
}

/// <summary>POST /v1/verifications/{caseId}: the brand's answer.</summary>
public sealed record VerificationAnswer(VerificationVerdict? Verdict)
{
    public void Validate(InputErrors e) => e.Required("verdict", Verdict);
}

/// <summary>POST /v1/cases/{caseId}/answer and /appeal: what the seller has to say.</summary>
public sealed record SellerStatementRequest(string? Statement)
{
    public const int MaxStatementLength = 4000;

    public void Validate(InputErrors e) => e.Prose("statement", Statement, MaxStatementLength);
}

/// <summary>POST /v1/cases/{caseId}/appeal/decision: an operator's decision on an appeal.</summary>
public sealed record AppealDecisionRequest(AppealDecision? Decision, string? Note)
{
    public void Validate(InputErrors e)
    {
        e.Required("decision", Decision);
        e.Prose("note", Note, DecisionRequest.MaxNoteLength, required: false);
    }
}
