using System.Security.Claims;
using Grid.Contracts.Agents;
using Grid.Contracts.Brands;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Endpoints;

/// <summary>A brand's authorisations of agents (trade associations, law firms) to file notices for it.</summary>
public static class AgentEndpoints
{
    public static void MapAgentEndpoints(this IEndpointRouteBuilder app)
    {
        var agents = app.MapGroup("/v1/brands/{brandId}/agents").WithTags("Brands").RequireAuthorization(GridPolicies.BrandOrOperator);
        agents.MapGet("/", List).WithName("ListBrandAgents").Produces<IReadOnlyList<AgentAuthorisation>>();
        agents.MapPut("/{agentId}", Grant).WithName("AuthoriseAgent").Produces<AgentAuthorisation>();
        agents.MapDelete("/{agentId}", Revoke).WithName("RevokeAgent").Produces(StatusCodes.Status204NoContent);

        // The agent's own standing under the misuse controls: for operators, and for the agent itself.
        app.MapGet("/v1/agents/{agentId}", Standing).WithTags("Agents").WithName("GetAgent")
            .RequireAuthorization(GridPolicies.AgentOrOperator).Produces<AgentView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> Standing(string agentId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var e = new InputErrors();
        e.Id("agentId", agentId);
        if (e.Any) return e.ToProblem();
        if (!user.IsOperator() && user.AgentId() != agentId) return ReplyResults.Forbidden(Messages.MayNotReadAgent(agentId));
        return TypedResults.Ok(await grains.GetGrain<IAgentGrain>(agentId).GetView());
    }

    private static async Task<IResult> List(string brandId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (Check(brandId, null, user) is { } refused) return refused;
        return TypedResults.Ok(await grains.GetGrain<IBrandGrain>(brandId).GetAgents());
    }

    private static async Task<IResult> Grant(string brandId, string agentId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (Check(brandId, agentId, user) is { } refused) return refused;
        return await grains.GetGrain<IBrandGrain>(brandId).GrantAgent(agentId) is { } granted
            ? TypedResults.Ok(granted)
            : ReplyResults.NotFound(Messages.BrandNotRegistered(brandId));
    }

    private static async Task<IResult> Revoke(string brandId, string agentId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (Check(brandId, agentId, user) is { } refused) return refused;
        return await grains.GetGrain<IBrandGrain>(brandId).RevokeAgent(agentId)
            ? TypedResults.NoContent()
            : ReplyResults.NotFound(Messages.AgentNotAuthorised(agentId, brandId));
    }

    /// <summary>Only the brand itself (or an operator) grants, lists or withdraws its authorisations.</summary>
    private static IResult? Check(string brandId, string? agentId, ClaimsPrincipal user)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (agentId is not null) e.Id("agentId", agentId);
        if (e.Any) return e.ToProblem();
        return user.ActsForBrand(brandId) ? null : ReplyResults.Forbidden(Messages.BrandManagesAgents(brandId));
    }
}
