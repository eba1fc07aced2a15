using System.Security.Claims;
using Grid.Contracts.Brands;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

public static class BrandEndpoints
{
    public static void MapBrandEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/brands").WithTags("Brands");
        group.MapPut("/{brandId}", Register).WithName("RegisterBrand").RequireAuthorization(GridPolicies.OperatorOnly);
        group.MapGet("/{brandId}", Get).WithName("GetBrand").RequireAuthorization(GridPolicies.BrandOrOperator);
        group.MapGet("/{brandId}/events", BrandEventStream.Serve).WithName("BrandEvents").RequireAuthorization(GridPolicies.BrandOrOperator);
        group.MapPut("/{brandId}/tier", SetTier).WithName("SetBrandTier").RequireAuthorization(GridPolicies.OperatorOnly);
        group.MapGet("/{brandId}/scorecard", Scorecard).WithName("GetBrandScorecard").RequireAuthorization(GridPolicies.BrandOrOperator);
    }

    private static async Task<Results<Ok<BrandView>, LocalizedValidationProblem>> Register(
        string brandId, BrandRequest request, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        return TypedResults.Ok(await grains.GetGrain<IBrandGrain>(brandId).Register(request.ToProfile()));
    }

    private static async Task<Results<Ok<BrandView>, LocalizedProblem, LocalizedValidationProblem>> Get(
        string brandId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (e.Any) return e.ToProblem();
        if (!user.ActsForBrand(brandId)) return ReplyResults.Forbidden(Messages.MayNotReadBrand(brandId));
        return await grains.GetGrain<IBrandGrain>(brandId).GetView() is { } view
            ? TypedResults.Ok(view)
            : ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
    }

    private static async Task<Results<Ok<BrandView>, LocalizedProblem, LocalizedValidationProblem>> SetTier(
        string brandId, TierRequest request, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        return await grains.GetGrain<IBrandGrain>(brandId).SetTier(request.Tier!.Value, request.Pinned!.Value) is { } view
            ? TypedResults.Ok(view)
            : ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
    }

    private static async Task<Results<Ok<ScorecardView>, LocalizedProblem, LocalizedValidationProblem>> Scorecard(
        string brandId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (e.Any) return e.ToProblem();
        if (!user.ActsForBrand(brandId)) return ReplyResults.Forbidden(Messages.MayNotReadBrand(brandId));
        return await grains.GetGrain<IBrandGrain>(brandId).GetScorecard() is { } scorecard
            ? TypedResults.Ok(scorecard)
            : ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
    }
}
