using System.Security.Claims;
using Grid.Contracts.AccountManagers;
using Grid.Contracts.Brands;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// The Joint-Force programme: a brand's account manager (an operator), the verification requests a brand has open,
/// and the account manager's view of all of its brands' open requests.
/// </summary>
public static class JointForceEndpoints
{
    /// <summary>In /v1/account-managers/me/..., the operator calling.</summary>
    public const string Me = "me";

    public static void MapJointForceEndpoints(this IEndpointRouteBuilder app)
    {
        var brands = app.MapGroup("/v1/brands/{brandId}").WithTags("Joint-Force");
        brands.MapPut("/account-manager", Assign).WithName("SetAccountManager").RequireAuthorization(GridPolicies.OperatorOnly)
            .Produces<AccountManagerView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        brands.MapDelete("/account-manager", Unassign).WithName("RemoveAccountManager").RequireAuthorization(GridPolicies.OperatorOnly)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        brands.MapGet("/verification-requests", BrandRequests).WithName("ListBrandVerificationRequests")
            .RequireAuthorization(GridPolicies.BrandOrOperator).Produces<BrandVerifications>().ProducesProblem(StatusCodes.Status404NotFound);

        var managers = app.MapGroup("/v1/account-managers/{operatorId}").WithTags("Joint-Force").RequireAuthorization(GridPolicies.OperatorOnly);
        managers.MapGet("/brands", ManagedBrands).WithName("ListManagedBrands").Produces<IReadOnlyList<string>>();
        managers.MapGet("/verification-requests", ManagedRequests).WithName("ListManagedVerificationRequests")
            .Produces<IReadOnlyList<ManagedVerification>>();
    }

    private static async Task<IResult> Assign(string brandId, AccountManagerRequest request, IGrainFactory grains, ApiKeyRegistry keys)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var operatorId = request.OperatorId!;
        if (!keys.IsOperator(operatorId))
            return new LocalizedProblem(StatusCodes.Status422UnprocessableEntity, MessageKey.TitleUnknownOperator, Messages.UnknownOperator(operatorId));
        if (await grains.GetGrain<IBrandGrain>(brandId).SetAccountManager(operatorId) is not { } change)
            return ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
        await Reindex(grains, brandId, change);
        return TypedResults.Ok(new AccountManagerView(brandId, operatorId));
    }

    private static async Task<IResult> Unassign(string brandId, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (e.Any) return e.ToProblem();
        if (await grains.GetGrain<IBrandGrain>(brandId).SetAccountManager(null) is not { } change)
            return ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
        await Reindex(grains, brandId, change);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The brand has changed first; the managers' lists follow. Both steps are idempotent, so a repeated request
    /// repairs a list a failure left behind, and a manager's view checks each brand's own word meanwhile.
    /// </summary>
    private static async Task Reindex(IGrainFactory grains, string brandId, AccountManagerChange change)
    {
        if (change.Before is { } before && before != change.After) await grains.GetGrain<IAccountManagerGrain>(before).Unassign(brandId);
        if (change.After is { } after) await grains.GetGrain<IAccountManagerGrain>(after).Assign(brandId);
    }

    private static async Task<IResult> BrandRequests(string brandId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (e.Any) return e.ToProblem();
        if (!user.ActsForBrand(brandId)) return ReplyResults.Forbidden(Messages.MayNotReadBrand(brandId));
        return await grains.GetGrain<IBrandGrain>(brandId).GetVerifications() is { } open
            ? TypedResults.Ok(open)
            : ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
    }

    private static async Task<IResult> ManagedBrands(string operatorId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (id, problem) = Manager(operatorId, user);
        return problem ?? TypedResults.Ok(await grains.GetGrain<IAccountManagerGrain>(id!).GetBrands());
    }

    private static async Task<IResult> ManagedRequests(string operatorId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (id, problem) = Manager(operatorId, user);
        return problem ?? TypedResults.Ok(await grains.GetGrain<IAccountManagerGrain>(id!).GetVerificationRequests());
    }

    /// <summary>The account manager meant: the one named, or with <see cref="Me"/> the operator calling (whose key must name it).</summary>
    private static (string? Id, IResult? Problem) Manager(string operatorId, ClaimsPrincipal user)
    {
        if (operatorId == Me)
            return user.OperatorId() is { } mine
                ? (mine, null)
                : (null, ReplyResults.Forbidden(Messages.NoOwnManagerView()));
        var e = new InputErrors();
        e.Id("operatorId", operatorId);
        return e.Any ? (null, e.ToProblem()) : (operatorId, null);
    }
}

/// <summary>Who manages the brand's Joint-Force account.</summary>
public sealed record AccountManagerView(string BrandId, string? AccountManager);
