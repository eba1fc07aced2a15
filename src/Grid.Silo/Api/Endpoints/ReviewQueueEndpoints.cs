using System.Security.Claims;
using Grid.Contracts.Cases;
using Grid.Contracts.Review;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// The operators' review queue: open cases in queue order (trusted notices first, then by due time), and
/// claims so two operators never decide the same case. The claim itself lives on the case.
/// </summary>
public static class ReviewQueueEndpoints
{
    public static void MapReviewQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/review-queue").WithTags("Review queue").RequireAuthorization(GridPolicies.OperatorOnly);
        group.MapGet("/", List).WithName("ListReviewQueue");
        group.MapPost("/{caseId}/claim", Claim).WithName("ClaimCase");
        group.MapDelete("/{caseId}/claim", Release).WithName("ReleaseCaseClaim");
    }

    // Strings, not typed values, in the signature: a bad value gets our problem details naming it, not a binding failure.
    private static async Task<Results<Ok<ReviewQueuePage>, LocalizedValidationProblem>> List(
        [FromQuery] string? brand, [FromQuery] string? marketplace, [FromQuery] string? state, [FromQuery] string? overdue,
        [FromQuery] string? claimed, [FromQuery] string? limit, [FromQuery] string? after, HttpRequest http, IGrainFactory grains)
    {
        var e = new InputErrors();
        var query = new ReviewQueueRequest(brand, marketplace, state, overdue, claimed, limit, after).Validate(http.Query, e);
        if (query is null) return e.ToProblem();
        return TypedResults.Ok(await grains.GetGrain<IReviewQueueGrain>(0).Read(query));
    }

    private static async Task<Results<Ok<ReviewClaimView>, LocalizedProblem, LocalizedValidationProblem>> Claim(
        string caseId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        if (CaseIds.Parse(caseId, e) is not { } id) return e.ToProblem();
        var reply = await grains.GetGrain<ICaseGrain>(id).Claim(user.Actor());
        return reply.Value is { } claim ? TypedResults.Ok(claim) : ReplyResults.Problem(reply);
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Release(
        string caseId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        if (CaseIds.Parse(caseId, e) is not { } id) return e.ToProblem();
        var reply = await grains.GetGrain<ICaseGrain>(id).ReleaseClaim(user.Actor());
        return reply.Value is { } view ? TypedResults.Ok(view.Localized(http)) : ReplyResults.Problem(reply);
    }
}
