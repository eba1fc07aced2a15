using System.Security.Claims;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Languages;
using Grid.Silo.Api.Limits;
using Grid.Silo.Api.Problems;
using Grid.Silo.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Silo.Api.Endpoints;

public static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/complaints").WithTags("Complaints");
        group.MapPost("/", File).WithName("FileComplaint").RequireAuthorization(GridPolicies.Filers)
            .RequireRateLimiting(IntakeRateLimits.Policy).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Accepts<ComplaintRequest>("application/json")
            .Produces<CaseView>(StatusCodes.Status201Created).Produces<ComplaintView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{caseId}", GetComplaintOrCase).WithName("GetComplaint").RequireAuthorization(GridPolicies.CaseReaders)
            .Produces<CaseView>().Produces<ComplaintView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{caseId}/decision", Decide).WithName("DecideComplaint").RequireAuthorization(GridPolicies.OperatorOnly);

        // Every case, whatever its source, also reads under /v1/cases.
        var cases = app.MapGroup("/v1/cases").WithTags("Cases");
        cases.MapGet("/{caseId}", Get).WithName("GetCase").RequireAuthorization(GridPolicies.CaseReaders);
        cases.MapPost("/{caseId}/retract", Retract).WithName("RetractCase").RequireAuthorization(GridPolicies.Retractors);
    }

    private static async Task<IResult> File(ComplaintRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        // Everything this request answers, its errors too, is in the complaint's language unless the caller asks for another.
        if (request.NamedLanguage is { } named) http.AboutNoticeIn(named);
        var e = new InputErrors();
        request.Validate(e);
        var idempotencyKey = CaseIds.IdempotencyKey(http.Request, e);
        if (e.Any) return e.ToProblem();
        if (!await user.MayFileFor(request.BrandId!, grains))
            return ReplyResults.Forbidden(user.AgentId() is { } agent
                ? Messages.AgentNotAuthorisedToFile(agent, request.BrandId!)
                : Messages.MayNotFileFor(request.BrandId!));
        var filing = request.ToFiling(user.Actor(), user.AgentId(), LanguageTags.OfFiling(request.NamedLanguage, http.Asked()));
        if (request.ManyListings) return await FileMany(request, filing, idempotencyKey, http, grains);

        var caseId = idempotencyKey is null ? Guid.NewGuid() : NoticeKeys.CaseIdFor($"complaint|{request.BrandId}", idempotencyKey);
        var reply = await grains.GetGrain<ICaseGrain>(caseId).FileComplaint(filing);
        if (reply.Value is not { } filed) return ReplyResults.Problem(reply);
        return filed.Created
            ? TypedResults.Created($"/v1/complaints/{filed.Case.CaseId}", filed.Case.Localized(http))
            : TypedResults.Ok(filed.Case.Localized(http));
    }

    /// <summary>One complaint, many listings: a case per listing, grouped under the complaint id.</summary>
    private static async Task<IResult> FileMany(
        ComplaintRequest request, ComplaintFiling filing, string? idempotencyKey, HttpContext http, IGrainFactory grains)
    {
        var complaintId = idempotencyKey is null ? Guid.NewGuid() : NoticeKeys.CaseIdFor($"complaint-group|{request.BrandId}", idempotencyKey);
        var reply = await grains.GetGrain<IComplaintGrain>(complaintId).File(filing, [.. request.ListingIds!.Select(l => l!)]);
        if (reply.Value is not { } filed) return ReplyResults.Problem(reply);
        return filed.Created
            ? TypedResults.Created($"/v1/complaints/{complaintId}", filed.Complaint.Localized(http))
            : TypedResults.Ok(filed.Complaint.Localized(http));
    }

    /// <summary>A case, or (under /v1/complaints) a complaint that named many listings.</summary>
    private static async Task<IResult> GetComplaintOrCase(string caseId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        if (CaseIds.Parse(caseId, e) is not { } id) return e.ToProblem();
        if (await grains.GetGrain<IComplaintGrain>(id).GetView() is not { } complaint) return await Get(caseId, http, user, grains);
        return await user.ActsForNotice(complaint.BrandId, complaint.FiledBy, grains)
            ? TypedResults.Ok(complaint.Localized(http))
            : ReplyResults.Forbidden(Messages.OwnComplaintsOnly());
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Get(
        string caseId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        if (CaseIds.Parse(caseId, e) is not { } id) return e.ToProblem();
        if (await grains.GetGrain<ICaseGrain>(id).GetView() is not { } view) return ReplyResults.NotFound(Messages.CaseNotFound(id));
        if (!user.IsSeller(view.SellerId) && !await user.ActsForNotice(view.BrandId, view.History[0].Actor, grains))
            return ReplyResults.Forbidden(Messages.OwnCasesOnly());
        return TypedResults.Ok(view.Localized(http));
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Retract(
        string caseId, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        if (CaseIds.Parse(caseId, e) is not { } id) return e.ToProblem();
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (await grain.GetView() is not { } view) return ReplyResults.NotFound(Messages.CaseNotFound(id));
        // Which cases can be retracted at all is the case machine's to say (a 409); here only whose they are.
        if (!await user.ActsForNotice(view.BrandId, view.History[0].Actor, grains))
            return ReplyResults.Forbidden(Messages.OwnRetractionsOnly());
        var reply = await grain.Retract(user.Actor());
        return reply.Value is { } retracted ? TypedResults.Ok(retracted.Localized(http)) : ReplyResults.Problem(reply);
    }

    private static async Task<Results<Ok<CaseView>, LocalizedProblem, LocalizedValidationProblem>> Decide(
        string caseId, DecisionRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        var id = CaseIds.Parse(caseId, e);
        request.Validate(e);
        if (e.Any) return e.ToProblem();
        var reply = await grains.GetGrain<ICaseGrain>(id!.Value).Decide(request.Decision!.Value, request.Note, user.Actor());
        return reply.Value is { } view ? TypedResults.Ok(view.Localized(http)) : ReplyResults.Problem(reply);
    }
}
