using System.Security.Claims;
using Grid.Contracts.Sellers;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

public static class SellerEndpoints
{
    public static void MapSellerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/sellers/{sellerId}", Get).WithTags("Sellers").WithName("GetSeller").RequireAuthorization(GridPolicies.SellerOrOperator);
        app.MapGet("/v1/sellers/{sellerId}/notices", SellerNotices.Get).WithTags("Sellers").WithName("GetSellerNotices")
            .RequireAuthorization(GridPolicies.SellerOrOperator).Produces<SellerNotices.Notices>().ProducesValidationProblem();
    }

    private static async Task<Results<Ok<SellerView>, LocalizedProblem, LocalizedValidationProblem>> Get(
        string sellerId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("sellerId", sellerId);
        if (e.Any) return e.ToProblem();
        if (!user.IsSeller(sellerId)) return ReplyResults.Forbidden(Messages.OwnSellerOnly());
        return TypedResults.Ok(await grains.GetGrain<ISellerGrain>(sellerId).GetView());
    }
}
