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

    public static async Task<JsonNode> Listing(this GridClusterFixture grid, string listingId) =>
        (await grid.Operator.Get($"/v1/listings/{listingId}")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> Brand(this GridClusterFixture grid, string brandId) =>
        (await grid.Operator.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK);

    /// <summary>Any case, complaint or flag, as an operator reads it.</summary>
    public static async Task<JsonNode> Case(this GridClusterFixture grid, string caseId) =>
        (await grid.Operator.Get($"/v1/complaints/{caseId}")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> DetectorStats(this GridClusterFixture grid, string detector) =>
        (await grid.Detector.Get($"/v1/detectors/{detector}")).Expect(HttpStatusCode.OK);

    /// <summary>An operator's review decision (uphold or reject) on a complaint under review.</summary>
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Decide(this HttpClient caller, string caseId, string decision, string? note = null) =>
        caller.Post($"/v1/complaints/{caseId}/decision", new { decision, note });

    public static Task<(HttpStatusCode Status, JsonNode? Body)> RaiseFlag(this GridClusterFixture grid, string listingId, string detector, double score, string? brandId = null) =>
        grid.Detector.Post("/v1/flags", new { listingId, detector, score, brandId });

    /// <summary>A brand's answer (counterfeit or genuine) to a verification request.</summary>
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Verify(this HttpClient caller, string caseId, string verdict) =>
        caller.Post($"/v1/verifications/{caseId}", new { verdict });

    /// <summary>Asserts an RFC 7807 problem with the given status, and returns it.</summary>
    public static JsonNode ExpectProblem(this (HttpStatusCode Status, JsonNode? Body) response, HttpStatusCode expected)
    {
        var problem = response.Expect(expected);
        Assert.Equal((int)expected, (int?)problem["status"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]), $"A problem needs a title: {problem.ToJsonString()}");
        return problem;
    }

    /// <summary>A seller with <paramref name="count"/> listings, all claiming <paramref name="brandId"/>.</summary>
    public static async Task<string[]> SellerWithListings(this GridClusterFixture grid, string sellerId, int count, string? brandId = null)
    {
        var ids = Enumerable.Range(0, count).Select(_ => grid.NewId("listing")).ToArray();
        await Task.WhenAll(ids.Select(id => grid.RegisterListing(id, sellerId, brandId)));
        return ids;
    }
}
