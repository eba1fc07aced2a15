using Microsoft.Extensions.Options;

namespace Grid.Silo.Api.Auth;

/// <summary>The API keys the Grid accepts, from configuration section Grid:ApiKeys.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Grid";

    /// <summary>Keys with this prefix are demo keys from config/appsettings.Development.json.</summary>
    public const string DevelopmentPrefix = "dev-";

    public const int MinimumKeyLength = 16;

    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        for (var i = 0; i < ApiKeys.Count; i++)
        {
            var k = ApiKeys[i];
            var at = $"Grid:ApiKeys:{i}";
            if (string.IsNullOrEmpty(k.Key) || k.Key.Length < MinimumKeyLength)
                errors.Add($"{at}:Key must be at least {MinimumKeyLength} characters.");
            if (k.Role is null || !GridRoles.All.Contains(k.Role))
                errors.Add($"{at}:Role must be one of {string.Join(", ", GridRoles.All)}.");
            if (k.Role == GridRoles.Brand && k.BrandIds.Count == 0)
                errors.Add($"{at}: a brand key needs at least one BrandIds entry.");
            if (k.Role == GridRoles.Seller && string.IsNullOrEmpty(k.SellerId))
                errors.Add($"{at}: a seller key needs a SellerId.");
            if (k.Role == GridRoles.Agent && Grid.Domain.Input.Identifier.Problem(k.AgentId) is { } agentProblem)
                errors.Add($"{at}: an agent key needs a valid AgentId: {agentProblem.For("AgentId").English}");
            if (k.OperatorId is not null && (k.Role != GridRoles.Operator || Grid.Domain.Input.Identifier.Problem(k.OperatorId) is not null))
                errors.Add($"{at}:OperatorId names an operator (an account manager, say): only an operator key has one, and it must be a valid id.");
        }
        if (ApiKeys.Where(k => k.Key is not null).GroupBy(k => k.Key).Any(g => g.Count() > 1))
            errors.Add("Grid:ApiKeys has the same key twice.");
        return errors;
    }
}

public sealed class ApiKeyEntry
{
    public string? Key { get; set; }
    public string? Role { get; set; }
    public List<string> BrandIds { get; set; } = [];
    public string? SellerId { get; set; }
    public string? AgentId { get; set; }

    /// <summary>Who the operator is, for roles that name a person (a Joint-Force account manager); optional.</summary>
    public string? OperatorId { get; set; }
}

/// <summary>A bad key list stops the host at start, with every problem named.</summary>
public sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
