using Grid.Contracts.Brands;
using Grid.Domain;
using Grid.Domain.Languages;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>PUT /v1/brands/{brandId}: an operator registers a brand and its rights.</summary>
public sealed record BrandRequest(string? Name, List<RightRequest?>? Rights, ProgramTier? Tier)
{
    public const int MaxRights = 200;
    public const int MaxNameLength = 200;

    public void Validate(InputErrors e)
    {
        e.Text("name", Name, MaxNameLength);
        e.Required("tier", Tier);
        if (Rights is null || Rights.Count == 0) { e.Add("rights", Messages.RightsMissing()); return; }
        if (Rights.Count > MaxRights) { e.Add("rights", Messages.RightsTooMany(MaxRights)); return; }
        for (var i = 0; i < Rights.Count; i++)
        {
            if (Rights[i] is not { } right) e.Add($"rights[{i}]", Messages.Required());
            else right.Validate(e, $"rights[{i}]");
        }
    }

    public BrandProfile ToProfile() => new(Name!, [.. Rights!.Select(r => r!.ToRight()).Distinct()], Tier!.Value);
}
