using System.Security.Claims;
using Grid.Contracts.Cases;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Problems;
using ReasonsWriter = Grid.Domain.Reasons.StatementOfReasons;
using StatementOfReasons = Grid.Contracts.Cases.StatementOfReasons;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// GET /v1/sellers/{sellerId}/notices: every decision about the seller with its statement of reasons (DSA art. 17).
/// Each statement is in the language the caller asks for, else in that of the complaint behind it (for a penalty,
/// the complaint whose strike triggered it), and says which.
/// </summary>
public static class SellerNotices
{
    public sealed record TakedownNotice(
        Guid CaseId, string ListingId, CaseStatus Status, DateTimeOffset? DecidedAt, StatementOfReasons? Statement, Language Language);

    public sealed record PenaltyNotice(
        PenaltyKind Kind, DateTimeOffset ImposedAt, DateTimeOffset? EndsAt, DateTimeOffset? LiftedAt, StatementOfReasons Statement, Language Language);

    public sealed record Notices(string SellerId, IReadOnlyList<TakedownNotice> Takedowns, IReadOnlyList<PenaltyNotice> Penalties);

    public static async Task<IResult> Get(string sellerId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("sellerId", sellerId);
        if (e.Any) return e.ToProblem();
        if (!user.IsSeller(sellerId)) return ReplyResults.Forbidden(Messages.OwnNoticesOnly());

        var seller = grains.GetGrain<ISellerGrain>(sellerId);
        // The whole history, from the seller's archive as well as its state, which keeps only what its rules still need.
        var history = await seller.GetHistory();
        var cases = (await Task.WhenAll(history.StruckBy.Select(id => grains.GetGrain<ICaseGrain>(id).GetView()))).OfType<CaseView>().ToList();
        var languageOf = cases.ToDictionary(c => c.CaseId, c => c.Language);

        TakedownNotice Takedown(CaseView c)
        {
            var language = http.AnswerLanguage(c.Language);
            return new TakedownNotice(c.CaseId, c.ListingId, c.Status, c.DecidedAt, c.Statement?.In(language), language);
        }

        PenaltyNotice Penalty(PenaltyRecord p)
        {
            var language = http.AnswerLanguage(languageOf.GetValueOrDefault(p.CaseId));
            var statement = ReasonsWriter.ForPenalty(p.Kind, p.StrikesAtTheTime, p.EndsAt, language);
            return new PenaltyNotice(p.Kind, p.ImposedAt, p.EndsAt, p.LiftedAt, StatementOfReasons.From(statement), language);
        }

        var takedowns = cases.Select(Takedown).Reverse().ToList();
        var penalties = history.Penalties.Select(Penalty).Reverse().ToList();
        Language[] used = [.. takedowns.Select(t => t.Language), .. penalties.Select(p => p.Language)];
        http.Response.SetContentLanguage(used.Length > 0 ? used : [http.AnswerLanguage()]);
        return TypedResults.Ok(new Notices(sellerId, takedowns, penalties));
    }
}
