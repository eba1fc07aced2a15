using System.Security.Claims;

namespace Grid.Silo.Api.Auth;

/// <summary>Scope rules: a brand acts only for its own brands, a seller reads only itself; operators see everything.</summary>
public static class PrincipalScope
{
    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(GridRoles.Operator);

    public static bool ActsForBrand(this ClaimsPrincipal user, string? brandId) =>
        user.IsOperator() || (brandId is not null && user.IsInRole(GridRoles.Brand) && user.HasClaim(ApiKeyRegistry.BrandClaim, brandId));

    public static bool IsSeller(this ClaimsPrincipal user, string? sellerId) =>
        user.IsOperator() || (sellerId is not null && user.IsInRole(GridRoles.Seller) && user.HasClaim(ApiKeyRegistry.SellerClaim, sellerId));

    /// <summary>The agent this key files as, if it is an agent's key; whether a brand authorised it is the brand's to say.</summary>
    public static string? AgentId(this ClaimsPrincipal user) =>
        user.IsInRole(GridRoles.Agent) ? user.FindFirstValue(ApiKeyRegistry.AgentClaim) : null;

    /// <summary>The operator this key belongs to, if it is an operator's key that names one.</summary>
    public static string? OperatorId(this ClaimsPrincipal user) =>
        user.IsOperator() ? user.FindFirstValue(ApiKeyRegistry.OperatorClaim) : null;

    /// <summary>Who did it, for case history and logs.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirstValue(ApiKeyRegistry.ActorClaim) ?? "unknown";
}
