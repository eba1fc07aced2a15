using System.Security.Claims;
using Grid.Contracts.Cases;
using Grid.Contracts.Detectors;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Limits;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

public static class FlagEndpoints
{
    public static void MapFlagEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/flags", Raise).WithTags("Flags").WithName("RaiseFlag").RequireAuthorization(GridPolicies.RaiseFlags)
            .RequireRateLimiting(IntakeRateLimits.Policy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        var verifications = app.MapGroup("/v1/verifications").WithTags("Verifications");
        verifications.MapPost("/{caseId}", Verify).WithName("AnswerVerification").RequireAuthorization(GridPolicies.BrandOnly);
        app.MapGet("/v1/detectors/{detector}", Detector).WithTags("Flags").WithName("GetDetector").RequireAuthorization(GridPolicies.RaiseFlags);
    }

    private static async Task<Results<Ok<FlagResult>, LocalizedProblem, LocalizedValidationProblem>> Raise(
        FlagRequest request, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        request.Validate(e);
        var idempotencyKey = CaseIds.IdempotencyKey(http, e);
        if (e.Any) return e.ToProblem();
        var caseId = idempotencyKey is null ? Guid.NewGuid() : NoticeKeys.CaseIdFor($"flag|{request.Detector}", idempotencyKey);
        var reply = await grains.GetGrain<IFlagIntakeGrain>(0).Raise(request.ToFlag(), caseId, user.Actor());
        return reply.Value is { } result ? TypedResults.Ok(result) : ReplyResults.Problem(reply);
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Verify(
        string caseId, VerificationAnswer request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        var id = CaseIds.Parse(caseId, e);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var grain = grains.GetGrain<ICaseGrain>(id!.Value);
        if (await grain.GetView() is not { } view) return ReplyResults.NotFound(Messages.CaseNotFound(id!.Value));
        if (!user.ActsForBrand(view.BrandId)) return ReplyResults.Forbidden(Messages.AskedBrandOnly());
        var reply = await grain.AnswerVerification(request.Verdict!.Value, user.Actor());
        return reply.Value is { } answered ? TypedResults.Ok(answered.Localized(http)) : ReplyResults.Problem(reply);
    }

    private static async Task<Results<Ok<DetectorView>, LocalizedValidationProblem>> Detector(string detector, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("detector", detector);
        if (e.Any) return e.ToProblem();
        return TypedResults.Ok(await grains.GetGrain<IDetectorGrain>(detector).GetView());
    }
}
