using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Grid.Silo.Hosting;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Misuse;

/// <summary>The intake's per-principal rate limit, on an API host of its own with a limit of 3 a minute.</summary>
[Collection(GridCollection.Name)]
public sealed class IntakeRateLimitTests(GridClusterFixture grid)
{
    private const string LimitedKey = "ratelimit-operator-key-0001";
    private const string OtherKey = "ratelimit-operator-key-0002";

    [Fact]
    public async Task FourthNoticeInAMinute_Gets429WithRetryAfter_AndOtherKeysAreUnaffected()
    {
        var api = await GridClusterFixture.StartApi(grid.Client, "Testing", new Dictionary<string, string?>
        {
            ["Grid:ApiKeys:0:Key"] = LimitedKey,
            ["Grid:ApiKeys:0:Role"] = "operator",
            ["Grid:ApiKeys:1:Key"] = OtherKey,
            ["Grid:ApiKeys:1:Role"] = "operator",
            ["Grid:RateLimits:PermitsPerMinute"] = "3",
        });
        try
        {
            using var limited = Client(api, LimitedKey);
            using var other = Client(api, OtherKey);
            // An unregistered brand: each notice is refused (422) but still counts against the limit.
            var complaint = Scenario.Complaint(grid.NewId("brand"), grid.NewId("listing"));
            for (var i = 0; i < 2; i++)
                Assert.Equal(HttpStatusCode.UnprocessableEntity, (await limited.PostAsJsonAsync("/v1/complaints", complaint)).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests,
                (await limited.PostAsJsonAsync("/v1/flags", new { listingId = grid.NewId("listing"), detector = "d", score = 0.1 })).StatusCode);

            using var refused = await limited.PostAsJsonAsync("/v1/complaints", complaint);

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.Equal(429, (int)problem["status"]!);
            Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            Assert.Contains("try again in", (string?)problem["detail"]);
            using var inChinese = new HttpRequestMessage(HttpMethod.Post, "/v1/complaints") { Content = JsonContent.Create(complaint) };
            inChinese.Headers.AcceptLanguage.ParseAdd("zh-CN");
            using var refusedInChinese = await limited.SendAsync(inChinese);
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedInChinese.StatusCode);
            Assert.Contains("秒后重试", (string?)JsonNode.Parse(await refusedInChinese.Content.ReadAsStringAsync())!["detail"]);
            Assert.Equal(["zh-CN"], refusedInChinese.Content.Headers.ContentLanguage);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await other.PostAsJsonAsync("/v1/complaints", complaint)).StatusCode);
            // Reads are not the intake: not limited.
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await limited.GetAsync($"/v1/brands/{grid.NewId("brand")}")).StatusCode);
        }
        finally
        {
            await api.StopAsync();
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task MissingLimit_StopsTheHostAtStart()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => GridClusterFixture.StartApi(
            grid.Client, "Testing", new Dictionary<string, string?> { ["Grid:RateLimits:PermitsPerMinute"] = "0", ["Grid:RateLimits:PerRole:wizard"] = "5" }));
        Assert.Contains(failure.Failures, f => f.Contains("Grid:RateLimits:PermitsPerMinute", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("PerRole:wizard", StringComparison.Ordinal));
    }

    private static HttpClient Client(Microsoft.AspNetCore.Builder.WebApplication api, string key)
    {
        var http = new HttpClient { BaseAddress = api.Address() };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }
}
