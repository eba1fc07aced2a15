using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

public static class ListingEndpoints
{
    public static void MapListingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/listings").WithTags("Listings");
        group.MapPut("/{listingId}", Upsert).WithName("UpsertListing").RequireAuthorization(GridPolicies.WriteCatalog);
        group.MapGet("/{listingId}/status", Status).WithName("GetListingStatus").RequireAuthorization(GridPolicies.ReadStatus);
        group.MapPost("/status:batch", StatusBatch).WithName("GetListingStatusBatch").RequireAuthorization(GridPolicies.ReadStatus);
        group.MapGet("/{listingId}", Get).WithName("GetListing").RequireAuthorization(GridPolicies.OperatorOnly);
    }

    private static async Task<Results<Ok<ListingView>, LocalizedValidationProblem>> Upsert(
        string listingId, ListingUpsertRequest request, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("listingId", listingId);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var registration = request.ToRegistration();
        var view = await grains.GetGrain<ISellerGrain>(registration.SellerId).RegisterListing(listingId, registration);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ListingStatus>, LocalizedValidationProblem>> Status(string listingId, StatusReads reads)
    {
        var e = new InputErrors();
        e.Id("listingId", listingId);
        if (e.Any) return e.ToProblem();
        return TypedResults.Ok(await reads.One(listingId));
    }

    private static async Task<Results<Ok<StatusBatchResponse>, LocalizedValidationProblem>> StatusBatch(
        StatusBatchRequest request, StatusReads reads)
    {
        var e = new InputErrors();
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        return TypedResults.Ok(new StatusBatchResponse(await reads.Many([.. request.ListingIds!.Select(id => id!)])));
    }

    private static async Task<Results<Ok<ListingView>, LocalizedProblem, LocalizedValidationProblem>> Get(
        string listingId, HttpContext http, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("listingId", listingId);
        if (e.Any) return e.ToProblem();
        return await grains.GetGrain<IListingGrain>(listingId).GetView() is { } view
            ? TypedResults.Ok(view.Localized(http))
            : ReplyResults.NotFound(Messages.ListingNotInCatalog(listingId));
    }
}
