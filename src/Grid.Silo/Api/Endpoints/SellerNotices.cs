using System.Security.Claims;
using Grid.Contracts.Cases;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using ReasonsWriter = Grid.Domain.Reasons.StatementOfReasons;
using StatementOfReasons = Grid.Contracts.Cases.StatementOfReasons;

namespace Grid.Silo.Api.Endpoints;

/// <summary>GET /v1/sellers/{sellerId}/notices: every decision about the seller with its statement of reasons (DSA art. 17).</summary>
public static class SellerNotices
{
    public sealed record TakedownNotice(Guid CaseId, string ListingId, CaseStatus Status, DateTimeOffset? DecidedAt, StatementOfReasons? Statement);

    public sealed record PenaltyNotice(PenaltyKind Kind, DateTimeOffset ImposedAt, DateTimeOffset? EndsAt, DateTimeOffset? LiftedAt, StatementOfReasons Statement);

    public sealed record Notices(string SellerId, IReadOnlyList<TakedownNotice> Takedowns, IReadOnlyList<PenaltyNotice> Penalties);

    public static async Task<IResult> Get(string sellerId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("sellerId", sellerId);
        if (e.Any) return TypedResults.ValidationProblem(e.ToDictionary());
        if (!user.IsSeller(sellerId)) return ReplyResults.Forbidden("A seller key may read only its own notices.");

        var seller = grains.GetGrain<ISellerGrain>(sellerId);
        // The whole history, from the seller's archive as well as its state, which keeps only what its rules still need.
        var history = await seller.GetHistory();
        var cases = await Task.WhenAll(history.StruckBy.Select(id => grains.GetGrain<ICaseGrain>(id).GetView()));
        var takedowns = cases.OfType<CaseView>()
            .Select(c => new TakedownNotice(c.CaseId, c.ListingId, c.Status, c.DecidedAt, c.Statement))
            .Reverse().ToList();
        var penalties = history.Penalties
            .Select(p => new PenaltyNotice(p.Kind, p.ImposedAt, p.EndsAt, p.LiftedAt,
                StatementOfReasons.From(ReasonsWriter.ForPenalty(p.Kind, p.StrikesAtTheTime, p.EndsAt))))
            .Reverse().ToList();
        return TypedResults.Ok(new Notices(sellerId, takedowns, penalties));
    }
}
