using System.Net;
using System.Text.Json.Nodes;

namespace Grid.Tests.Infrastructure;

/// <summary>The set-up steps most tests share, each through the public HTTP API.</summary>
public static class Scenario
{
    public const string Trademark = "TM-0001";

    public static async Task<JsonNode> RegisterBrand(this GridClusterFixture grid, string brandId, string tier = "standard", params string[] trademarks)
    {
        var rights = (trademarks.Length == 0 ? [Trademark] : trademarks)
            .Select(n => new { type = "trademark", registrationNumber = n }).ToArray();
        return (await grid.Operator.Put($"/v1/brands/{brandId}", new { name = $"Brand {brandId}", rights, tier })).Expect(HttpStatusCode.OK);
    }

    public static async Task<JsonNode> RegisterListing(this GridClusterFixture grid, string listingId, string sellerId, string? brandId = null, string marketplace = "taobao")
    {
        return (await grid.Catalog.Put($"/v1/listings/{listingId}", new { sellerId, marketplace, brandId, title = $"Listing {listingId}" }))
            .Expect(HttpStatusCode.OK);
    }

    public static object Complaint(string brandId, string listingId, string registrationNumber = Trademark, string kind = "counterfeit") => new
    {
        brandId,
        listingId,
        right = new { type = "trademark", registrationNumber },
        kind,
        evidence = new[] { "https://evidence.example/photo-1.jpg", "商标对比: 标识不一致" },
        language = "en",
    };

    public static Task<(HttpStatusCode Status, JsonNode? Body)> FileComplaint(this HttpClient brand, string brandId, string listingId, string? idempotencyKey = null) =>
        brand.Post("/v1/complaints", Complaint(brandId, listingId), idempotencyKey);

    public static async Task<JsonNode> Status(this GridClusterFixture grid, string listingId) =>
        (await grid.Frontend.Get($"/v1/listings/{listingId}/status")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> Seller(this GridClusterFixture grid, string sellerId) =>
        (await grid.Operator.Get($"/v1/sellers/{sellerId}")).Expect(HttpStatusCode.OK);

    /// <summary>A seller with <paramref name="count"/> listings, all claiming <paramref name="brandId"/>.</summary>
    public static async Task<string[]> SellerWithListings(this GridClusterFixture grid, string sellerId, int count, string? brandId = null)
    {
        var ids = Enumerable.Range(0, count).Select(_ => grid.NewId("listing")).ToArray();
        await Task.WhenAll(ids.Select(id => grid.RegisterListing(id, sellerId, brandId)));
        return ids;
    }
}
