using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>The OpenAPI document is public and describes the API's main routes.</summary>
[Collection(GridCollection.Name)]
public sealed class OpenApiTests(GridClusterFixture grid)
{
    [Theory]
    [InlineData("/v1/listings/{listingId}/status")]
    [InlineData("/v1/complaints")]
    [InlineData("/v1/flags")]
    [InlineData("/v1/brands/{brandId}/events")]
    [InlineData("/v1/brands/{brandId}/scorecard")]
    [InlineData("/v1/brands/{brandId}/tier")]
    [InlineData("/v1/review-queue")]
    [InlineData("/v1/review-queue/{caseId}/claim")]
    public async Task OpenApiDocument_NeedsNoKey_AndDescribesRoute(string path)
    {
        using var anonymous = grid.Http(null);

        var document = (await anonymous.Get("/openapi/v1.json")).Expect(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey(path), $"'{path}' is not among: {string.Join(", ", paths.Select(p => p.Key))}");
    }

    [Theory]
    [InlineData("NoticeKind", new[] { "counterfeit", "trademark", "copyright", "patent", "design" })]
    [InlineData("ProgramTier", new[] { "standard", "good-faith" })]
    [InlineData("BlockReason", new[] { "takedown", "seller-restricted", "seller-suspended", "seller-terminated" })]
    [InlineData("ReviewPriority", new[] { "standard", "trusted", "demoted" })]
    [InlineData("MisuseLevel", new[] { "none", "warned", "demoted", "suspended" })]
    [InlineData("Language", new[] { "en", "zh-CN" })]
    public async Task OpenApiDocument_ListsEnumValuesInTheirWireNames(string schema, string[] values)
    {
        using var anonymous = grid.Http(null);

        var document = (await anonymous.Get("/openapi/v1.json")).Expect(HttpStatusCode.OK);

        var listed = document["components"]!["schemas"]![schema]!["enum"]!.AsArray().Select(v => (string)v!);
        Assert.Equal(values, listed);
    }
}
