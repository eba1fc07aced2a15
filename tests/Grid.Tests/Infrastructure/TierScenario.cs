using System.Net;
using System.Text.Json.Nodes;
using Grid.Contracts.Brands;

namespace Grid.Tests.Infrastructure;

/// <summary>Steps of the earned-tier flows: complaints filed for review and decided, the scorecard, the brand's events.</summary>
public static class TierScenario
{
    /// <summary>
    /// Files <paramref name="count"/> complaints of <paramref name="kind"/> on fresh listings (one seller each, so no
    /// penalty blocks a later listing) while the brand is standard: each waits for review. Returns the case ids.
    /// </summary>
    public static async Task<List<string>> FileForReview(this GridClusterFixture grid, string brandId, HttpClient brand, int count, string kind = "counterfeit")
    {
        var cases = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var filed = await grid.File(brandId, brand, kind);
            Assert.Equal("under-review", (string?)filed["status"]);
            cases.Add((string)filed["caseId"]!);
        }
        return cases;
    }

    /// <summary>One complaint on a fresh listing, as filed: its status says how the brand's tier routed it.</summary>
    public static async Task<JsonNode> File(this GridClusterFixture grid, string brandId, HttpClient brand, string kind = "counterfeit")
    {
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        return (await brand.Post("/v1/complaints", Scenario.Complaint(brandId, listingId, kind: kind))).Expect(HttpStatusCode.Created);
    }

    public static async Task DecideAll(this GridClusterFixture grid, IEnumerable<string> caseIds, string decision)
    {
        foreach (var caseId in caseIds) await grid.Decide(caseId, decision);
    }

    public static async Task<JsonNode> Scorecard(this GridClusterFixture grid, string brandId) =>
        (await grid.Operator.Get($"/v1/brands/{brandId}/scorecard")).Expect(HttpStatusCode.OK);

    public static async Task<string?> Tier(this GridClusterFixture grid, string brandId) => (string?)(await grid.Brand(brandId))["tier"];

    /// <summary>Every event the brand was told so far, read as its integration would: SSE from the start.</summary>
    public static async Task<List<SseEvent>> EventsSoFar(this GridClusterFixture grid, string brandId, HttpClient brand)
    {
        var head = await grid.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var sse = await SseClient.Open(brand, $"/v1/brands/{brandId}/events", "0", timeout.Token);
        return await sse.Take((int)head, timeout.Token);
    }
}
