using Grid.Contracts.Listings;
using Grid.Silo.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Grid.Bench.Hosting;

/// <summary>
/// The HTTP baseline, mapped on the bench's host only (never by MapGridApi, so production has no such route):
/// the same Kestrel, middleware, key check and JSON writer as a status check, with a constant answer in place
/// of the grain call.
/// </summary>
public static class BenchEndpoints
{
    public const string ConstantPath = "/bench/constant";

    private static readonly ListingStatus Constant = new("bench-constant", false, null, null, null);

    public static void MapBenchEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(ConstantPath, () => TypedResults.Ok(Constant)).RequireAuthorization(GridPolicies.ReadStatus);
}
