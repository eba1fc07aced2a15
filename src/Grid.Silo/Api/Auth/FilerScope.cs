using System.Security.Claims;
using Grid.Contracts.Brands;

namespace Grid.Silo.Api.Auth;

/// <summary>
/// What an agent may do for a brand: file while the brand's authorisation holds, and read or retract the notices
/// it filed itself, while the authorisation still holds (a withdrawn authorisation ends its access at once).
/// </summary>
public static class FilerScope
{
    /// <summary>Whether the brand has authorised this agent now; asked of the brand on every call.</summary>
    public static async Task<bool> IsAuthorisedAgent(this ClaimsPrincipal user, string? brandId, IGrainFactory grains) =>
        brandId is not null && user.AgentId() is { } agentId
        && (await grains.GetGrain<IBrandGrain>(brandId).GetAgents()).Any(a => a.AgentId == agentId);

    /// <summary>A brand files for itself; an agent only for a brand that authorised it.</summary>
    public static async Task<bool> MayFileFor(this ClaimsPrincipal user, string brandId, IGrainFactory grains) =>
        user.ActsForBrand(brandId) || await user.IsAuthorisedAgent(brandId, grains);

    /// <summary>The brand (or an operator), or the authorised agent that filed the notice (<paramref name="filedBy"/> is its actor).</summary>
    public static async Task<bool> ActsForNotice(this ClaimsPrincipal user, string? brandId, string? filedBy, IGrainFactory grains) =>
        user.ActsForBrand(brandId)
        || (user.AgentId() is not null && filedBy == user.Actor() && await user.IsAuthorisedAgent(brandId, grains));
}
