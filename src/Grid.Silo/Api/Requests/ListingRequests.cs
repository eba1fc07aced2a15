using Grid.Contracts.Listings;
using Grid.Domain.Languages;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>PUT /v1/listings/{listingId}: the catalog's view of a listing.</summary>
public sealed record ListingUpsertRequest(string? SellerId, string? Marketplace, string? BrandId, string? Title)
{
    public const int MaxTitleLength = 512;

    public void Validate(InputErrors e)
    {
        e.Id("sellerId", SellerId);
        e.Slug("marketplace", Marketplace);
        e.Id("brandId", BrandId, required: false);
        e.Text("title", Title, MaxTitleLength);
    }

    public ListingRegistration ToRegistration() => new(SellerId!, Marketplace!, BrandId, Title!);
}

/// <summary>POST /v1/listings/status:batch.</summary>
public sealed record StatusBatchRequest(List<string?>? ListingIds)
{
    public const int MaxIds = 500;

    public void Validate(InputErrors e)
    {
        if (ListingIds is null || ListingIds.Count == 0) { e.Add("listingIds", Messages.BatchIdsMissing()); return; }
        if (ListingIds.Count > MaxIds) { e.Add("listingIds", Messages.BatchIdsTooMany(MaxIds)); return; }
        for (var i = 0; i < ListingIds.Count; i++) e.Id($"listingIds[{i}]", ListingIds[i]);
    }
}

public sealed record StatusBatchResponse(IReadOnlyList<ListingStatus> Results);
