using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Silo.Hosting;
using Grid.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Grid.Tests.Postgres;

/// <summary>
/// Everything written through the API survives stopping the whole cluster: a new cluster on the same
/// database reads back every listing, seller, brand, case and brand event the same, and a review
/// deadline registered before the stop still fires after it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestartTests(PostgresServer server)
{
    private const string Operator = "restart-operator-key-0001";
    private const string Catalog = "restart-catalog-key-0001";
    private const string Detector = "restart-detector-key-0001";
    private const string AcmeKey = "restart-brand-acme-key-0001";
    private const string LotusKey = "restart-brand-lotus-key-0001";

    // Long enough to read everything back after the restart, short enough to see it fire in the test.
    private static readonly TimeSpan ReviewSla = TimeSpan.FromSeconds(40);

    private sealed class RunningGrid(InProcessTestCluster cluster, WebApplication api) : IAsyncDisposable
    {
        public InProcessTestCluster Cluster => cluster;

        public HttpClient As(string key)
        {
            var http = new HttpClient { BaseAddress = api.Address() };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return http;
        }

        public async ValueTask DisposeAsync()
        {
            await api.StopAsync();
            await api.DisposeAsync();
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task<RunningGrid> Start(string database)
    {
        var cluster = await PostgresCluster.StartAsync(database, 2, builder => builder.ConfigureSiloHost((_, host) =>
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{EnforcementPolicy.Section}:Review:DueWithinHours"] = (ReviewSla.TotalHours).ToString("R", CultureInfo.InvariantCulture),
            })));
        var keys = new (string Key, string Role, string? Brand)[]
        {
            (Operator, "operator", null), (Catalog, "catalog", null), (Detector, "detector", null),
            (AcmeKey, "brand", "acme"), (LotusKey, "brand", "lotus"),
        };
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Grid:ApiKeys:{i}:Key"] = keys[i].Key;
            settings[$"Grid:ApiKeys:{i}:Role"] = keys[i].Role;
            if (keys[i].Brand is { } b) settings[$"Grid:ApiKeys:{i}:BrandIds:0"] = b;
        }
        return new RunningGrid(cluster, await GridApiHost.StartAsync(cluster.Client, "Testing", settings));
    }

    [Fact]
    public async Task StoppingTheWholeCluster_AndStartingAgain_ReadsEverythingBackTheSame()
    {
        var database = await server.CreateDatabaseAsync("grid_restart");
        var reads = new List<string>();
        Dictionary<string, string> before;
        string pendingCase;
        await using (var grid = await Start(database))
        {
            var op = grid.As(Operator);
            var catalog = grid.As(Catalog);
            var acme = grid.As(AcmeKey);
            var lotus = grid.As(LotusKey);
            foreach (var (brand, tier) in new[] { ("acme", "good-faith"), ("lotus", "standard") })
            {
                (await op.Put($"/v1/brands/{brand}", new { name = brand, tier, rights = new[] { new { type = "trademark", registrationNumber = "TM-1" } } }))
                    .Expect(HttpStatusCode.OK);
            }
            foreach (var (listing, seller, brand) in new[] { ("L-1", "shady", "acme"), ("L-2", "shady", "lotus"), ("L-3", "shady", "lotus"), ("L-4", "honest", "acme"), ("L-5", "honest", "lotus") })
                (await catalog.Put($"/v1/listings/{listing}", new { sellerId = seller, marketplace = "tmall", brandId = brand, title = $"Item {listing}" })).Expect(HttpStatusCode.OK);

            var takenDown = await File(acme, "acme", "L-1");
            var upheld = await File(lotus, "lotus", "L-2");
            (await op.Decide(upheld, "uphold", "confirmed fake")).Expect(HttpStatusCode.OK);
            pendingCase = await File(lotus, "lotus", "L-3");
            var flagged = (string)(await grid.As(Detector).Post("/v1/flags", new { listingId = "L-4", detector = "vision-1", score = 0.8 })).Expect(HttpStatusCode.OK)["caseId"]!;
            var rejected = await File(lotus, "lotus", "L-5");
            (await op.Decide(rejected, "reject", "licensed")).Expect(HttpStatusCode.OK);

            string[] listings = ["L-1", "L-2", "L-3", "L-4", "L-5"];
            reads.AddRange(listings.Select(l => $"/v1/listings/{l}"));
            reads.AddRange(listings.Select(l => $"/v1/listings/{l}/status"));
            reads.AddRange(["/v1/sellers/shady", "/v1/sellers/honest", "/v1/brands/acme", "/v1/brands/lotus", "/v1/detectors/vision-1"]);
            reads.AddRange(new[] { takenDown, upheld, flagged, rejected }.Select(c => $"/v1/cases/{c}"));
            before = await ReadAll(op, reads);
            before["events:acme"] = await Events(grid, "acme");
            before["events:lotus"] = await Events(grid, "lotus");
        }

        await using (var grid = await Start(database))
        {
            var op = grid.As(Operator);
            var after = await ReadAll(op, reads);
            after["events:acme"] = await Events(grid, "acme");
            foreach (var (path, body) in after) Assert.True(before[path] == body, $"{path} changed across the restart:\nbefore {before[path]}\nafter  {body}");
            Assert.StartsWith(before["events:lotus"].TrimEnd(']'), await Events(grid, "lotus"));

            // The pending review's reminder was registered by the first cluster; the second one fires it.
            var deadline = DateTime.UtcNow + ReviewSla + TimeSpan.FromSeconds(60);
            JsonNode view;
            do
            {
                await Task.Delay(500);
                view = (await op.Get($"/v1/cases/{pendingCase}")).Expect(HttpStatusCode.OK);
            }
            while (view["escalatedAt"] is null && DateTime.UtcNow < deadline);
            Assert.NotNull(view["escalatedAt"]);
            Assert.Equal("under-review", (string?)view["status"]);
            Assert.Contains("review-overdue", await Events(grid, "lotus"));
        }
    }

    private static async Task<string> File(HttpClient brand, string brandId, string listingId) =>
        (string)(await brand.Post("/v1/complaints", new
        {
            brandId, listingId, kind = "counterfeit", language = "en",
            right = new { type = "trademark", registrationNumber = "TM-1" }, evidence = new[] { "https://evidence.example/1" },
        })).Expect(HttpStatusCode.Created)["caseId"]!;

    private static async Task<Dictionary<string, string>> ReadAll(HttpClient op, IEnumerable<string> paths)
    {
        var read = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            var body = (await op.Get(path)).Expect(HttpStatusCode.OK);
            // An undecided case's response time is counted up to the moment of reading: not stored, so not compared.
            if (body is JsonObject read1) read1.Remove("responseSeconds");
            read[path] = body.ToJsonString();
        }
        return read;
    }

    /// <summary>The brand's whole event log, as the Orleans feed reads it from the first event.</summary>
    private static async Task<string> Events(RunningGrid grid, string brandId)
    {
        var head = await grid.Cluster.Client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        var events = new JsonArray();
        for (var page = 0L; page <= BrandEventLog.PageOf(Math.Max(head, 1)); page++)
        {
            foreach (var e in await grid.Cluster.Client.GetGrain<IBrandEventPageGrain>(
                BrandEventLog.PageKey(brandId, page)).Read(0))
            {
                events.Add(new JsonObject { ["sequence"] = e.Sequence, ["type"] = e.EventType, ["at"] = e.At.ToString("O") });
            }
        }
        return events.ToJsonString();
    }
}
