using System.Security.Claims;
using Grid.Contracts.Cases;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

/// <summary>The seller's side of a case: answering a pending complaint, and appealing a takedown (counter-notice).</summary>
public static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/v1/cases").WithTags("Cases");
        cases.MapPost("/{caseId}/answer", Answer).WithName("AnswerComplaint").RequireAuthorization(GridPolicies.SellerOrOperator);
        cases.MapPost("/{caseId}/appeal", Appeal).WithName("AppealCase").RequireAuthorization(GridPolicies.SellerOrOperator);
        cases.MapPost("/{caseId}/appeal/decision", Decide).WithName("DecideAppeal").RequireAuthorization(GridPolicies.OperatorOnly);
    }

    private static Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Answer(
        string caseId, SellerStatementRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
        BySeller(caseId, request, http, user, grains, (grain, statement) => grain.Answer(statement, user.Actor()));

    private static Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Appeal(
        string caseId, SellerStatementRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
        BySeller(caseId, request, http, user, grains, (grain, statement) => grain.Appeal(statement, user.Actor()));

    /// <summary>Only the seller the case is against (or an operator on its behalf) speaks for it.</summary>
    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> BySeller(
        string caseId, SellerStatementRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains,
        Func<ICaseGrain, string, Task<Contracts.Reply<CaseView>>> act)
    {
        var e = new InputErrors();
        var id = CaseIds.Parse(caseId, e);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var grain = grains.GetGrain<ICaseGrain>(id!.Value);
        if (await grain.GetView() is not { } view) return ReplyResults.NotFound(Messages.CaseNotFound(id!.Value));
        if (!user.IsSeller(view.SellerId)) return ReplyResults.Forbidden(Messages.CaseSellerOnly());
        var reply = await act(grain, request.Statement!);
        return reply.Value is { } updated ? TypedResults.Ok(updated.Localized(http)) : ReplyResults.Problem(reply);
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Decide(
        string caseId, AppealDecisionRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        var id = CaseIds.Parse(caseId, e);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var reply = await grains.GetGrain<ICaseGrain>(id!.Value).DecideAppeal(request.Decision!.Value, request.Note, user.Actor());
        return reply.Value is { } view ? TypedResults.Ok(view.Localized(http)) : ReplyResults.Problem(reply);
    }
}
