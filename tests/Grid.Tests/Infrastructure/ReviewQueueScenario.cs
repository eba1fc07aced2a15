using System.Net;
using System.Text.Json.Nodes;

namespace Grid.Tests.Infrastructure;

/// <summary>Set-up and reading steps of the review queue tests, through the public HTTP API.</summary>
public static class ReviewQueueScenario
{
    /// <summary>A marketplace slug no other test uses, so a marketplace filter sees only this test's cases.</summary>
    public static string NewMarketplace() => $"m{Guid.NewGuid():N}"[..24];

    /// <summary>A standard brand, registered, with its key: its complaints wait for review.</summary>
    public static async Task<(string BrandId, HttpClient Http)> StandardBrand(this GridClusterFixture grid)
    {
        var (brandId, http) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        return (brandId, http);
    }

    /// <summary>Files a complaint on a fresh listing; returns the case under review.</summary>
    public static async Task<JsonNode> ComplaintUnderReview(this GridClusterFixture grid, (string BrandId, HttpClient Http) brand, string marketplace = "taobao")
    {
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brand.BrandId, marketplace);
        var filed = (await brand.Http.FileComplaint(brand.BrandId, listingId)).Expect(HttpStatusCode.Created);
        Assert.Equal("under-review", (string?)filed["status"]);
        return filed;
    }

    public static string CaseId(this JsonNode node) => (string)node["caseId"]!;

    /// <summary>One page of the queue as an operator reads it; <paramref name="query"/> is the query string without '?'.</summary>
    public static async Task<JsonNode> QueuePage(this GridClusterFixture grid, string query) =>
        (await grid.Operator.Get($"/v1/review-queue?{query}")).Expect(HttpStatusCode.OK);

    public static JsonNode[] Items(this JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!)];

    /// <summary>The case ids of the first page of the query.</summary>
    public static async Task<string[]> QueuedCaseIds(this GridClusterFixture grid, string query) =>
        [.. (await grid.QueuePage(query)).Items().Select(i => i.CaseId())];

    public static Task<(HttpStatusCode Status, JsonNode? Body)> Claim(this HttpClient caller, string caseId) =>
        caller.Post($"/v1/review-queue/{caseId}/claim", null);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> Release(this HttpClient caller, string caseId) =>
        caller.Send(HttpMethod.Delete, $"/v1/review-queue/{caseId}/claim");
}
