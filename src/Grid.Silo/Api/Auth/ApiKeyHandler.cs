using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Api.Auth;

/// <summary>Authenticates the X-Api-Key header against the configured keys.</summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRegistry registry) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count != 1 || registry.Find(values[0]!) is not { } principal)
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

/// <summary>The accepted keys, each mapped once to its principal.</summary>
public sealed class ApiKeyRegistry
{
    public const string BrandClaim = "grid:brand";
    public const string SellerClaim = "grid:seller";
    public const string ActorClaim = "grid:actor";
    public const string AgentClaim = "grid:agent";
    public const string OperatorClaim = "grid:operator";

    private readonly Dictionary<string, ClaimsPrincipal> principals = new(StringComparer.Ordinal);

    public ApiKeyRegistry(IOptions<ApiKeyOptions> options, IHostEnvironment environment, ILogger<ApiKeyRegistry> log)
    {
        for (var i = 0; i < options.Value.ApiKeys.Count; i++)
        {
            var entry = options.Value.ApiKeys[i];
            if (entry.Key!.StartsWith(ApiKeyOptions.DevelopmentPrefix, StringComparison.Ordinal) && !environment.IsDevelopment())
            {
                log.LogWarning("Ignoring demo API key #{Index}: demo keys are accepted in Development only", i);
                continue;
            }
            principals[entry.Key] = ToPrincipal(entry, i);
        }
    }

    public ClaimsPrincipal? Find(string key) => principals.GetValueOrDefault(key);

    /// <summary>Whether an accepted operator key carries this OperatorId: only a real operator can manage a brand's account.</summary>
    public bool IsOperator(string operatorId) =>
        principals.Values.Any(p => p.IsInRole(GridRoles.Operator) && p.HasClaim(OperatorClaim, operatorId));

    private static ClaimsPrincipal ToPrincipal(ApiKeyEntry entry, int index)
    {
        // The actor recorded in case history names the role and scope, never the key itself.
        var scope = entry.Role switch
        {
            GridRoles.Brand => string.Join(",", entry.BrandIds),
            GridRoles.Seller => entry.SellerId,
            GridRoles.Agent => entry.AgentId,
            GridRoles.Operator when entry.OperatorId is not null => entry.OperatorId,
            _ => $"key{index}",
        };
        var claims = new List<Claim>
        {
            new(ClaimTypes.Role, entry.Role!),
            new(ActorClaim, $"{entry.Role}:{scope}"),
        };
        claims.AddRange(entry.BrandIds.Select(b => new Claim(BrandClaim, b)));
        if (entry.SellerId is not null) claims.Add(new Claim(SellerClaim, entry.SellerId));
        if (entry.Role == GridRoles.Agent && entry.AgentId is not null) claims.Add(new Claim(AgentClaim, entry.AgentId));
        if (entry.Role == GridRoles.Operator && entry.OperatorId is not null) claims.Add(new Claim(OperatorClaim, entry.OperatorId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyHandler.SchemeName));
    }
}
