using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>PUT /v1/brands/{brandId}/account-manager: the operator who manages the brand's Joint-Force account.</summary>
public sealed record AccountManagerRequest(string? OperatorId)
{
    public void Validate(InputErrors e) => e.Id("operatorId", OperatorId);
}
