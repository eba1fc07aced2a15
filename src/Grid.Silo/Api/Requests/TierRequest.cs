using Grid.Domain;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>PUT /v1/brands/{brandId}/tier: an operator sets the tier and pins it (or lets the brand's record move it).</summary>
public sealed record TierRequest(ProgramTier? Tier, bool? Pinned)
{
    public void Validate(InputErrors e)
    {
        e.Required("tier", Tier);
        e.Required("pinned", Pinned);
    }
}
