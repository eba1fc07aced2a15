using System.Net.Http.Headers;
using Grid.Contracts;
using Grid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Grid.Tests.Infrastructure;

/// <summary>
/// One real Orleans cluster (two silos, so calls really cross silos and serialize) and one real
/// Kestrel server on 127.0.0.1 running the Grid's HTTP API against it, shared by every test.
/// Tests stay independent by taking fresh ids: <see cref="NewBrand"/>, <see cref="NewSeller"/>, <see cref="NewId"/>.
/// </summary>
public sealed class GridClusterFixture : IAsyncLifetime
{
    public const string FrontendKey = "test-frontend-key-0001";
    public const string CatalogKey = "test-catalog-key-0001";
    public const string OperatorKey = "test-operator-key-0001";
    public const string DetectorKey = "test-detector-key-0001";

    /// <summary>A second operator, for what two operators must not both do (claim and decide one case).</summary>
    public const string SecondOperatorKey = "test-operator-key-0002";

    // Brand and seller keys are minted up front, one per identity a test may take.
    private const int IdentityPool = 400;
    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private int nextBrand = -1;
    private int nextSeller = -1;

    public TestClock Clock { get; } = new();
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public Uri BaseAddress { get; private set; } = null!;
    private WebApplication api = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false; // megabytes of silo logs per run, read by no one
        builder.ConfigureSiloHost((_, host) => host.Configuration.AddPolicyFile());
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddGrid(silo.Configuration);
            silo.Services.AddSingleton<TimeProvider>(Clock);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(GridNames.StreamProvider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();

        api = await StartApi(Cluster.Client, "Testing", ApiKeys());
        BaseAddress = api.Address();
    }

    /// <summary>Starts the Grid's HTTP API on a free loopback port against <paramref name="client"/>.</summary>
    public static Task<WebApplication> StartApi(IClusterClient client, string environment, IDictionary<string, string?> settings) =>
        GridApiHost.StartAsync(client, environment, settings);

    private Dictionary<string, string?> ApiKeys()
    {
        var keys = new List<(string Key, string Role, string? Brand, string? Seller)>
        {
            (FrontendKey, "frontend", null, null),
            (CatalogKey, "catalog", null, null),
            (OperatorKey, "operator", null, null),
            (DetectorKey, "detector", null, null),
            (SecondOperatorKey, "operator", null, null),
        };
        for (var i = 0; i < IdentityPool; i++)
        {
            keys.Add((BrandKey(i), "brand", BrandId(i), null));
            keys.Add((SellerKey(i), "seller", null, SellerId(i)));
        }
        // Tests file quickly from few keys; the rate limit has its own test on its own API host.
        var settings = new Dictionary<string, string?>
        {
            ["Grid:RateLimits:PermitsPerMinute"] = "100000000",
            ["Grid:RateLimits:PerRole:detector"] = "100000000",
        };
        for (var i = 0; i < keys.Count; i++)
        {
            settings[$"Grid:ApiKeys:{i}:Key"] = keys[i].Key;
            settings[$"Grid:ApiKeys:{i}:Role"] = keys[i].Role;
            if (keys[i].Brand is { } b) settings[$"Grid:ApiKeys:{i}:BrandIds:0"] = b;
            if (keys[i].Seller is { } s) settings[$"Grid:ApiKeys:{i}:SellerId"] = s;
        }
        // Agents file for brands that authorised them; a handful of agent keys covers the tests.
        for (var i = 0; i < Agents; i++)
        {
            var at = keys.Count + i;
            settings[$"Grid:ApiKeys:{at}:Key"] = AgentKey(i);
            settings[$"Grid:ApiKeys:{at}:Role"] = "agent";
            settings[$"Grid:ApiKeys:{at}:AgentId"] = AgentId(i);
        }
        // Operators who name themselves: Joint-Force account managers.
        for (var i = 0; i < Managers; i++)
        {
            var at = keys.Count + Agents + i;
            settings[$"Grid:ApiKeys:{at}:Key"] = ManagerKey(i);
            settings[$"Grid:ApiKeys:{at}:Role"] = "operator";
            settings[$"Grid:ApiKeys:{at}:OperatorId"] = ManagerId(i);
        }
        return settings;
    }

    private const int Managers = 20;
    private int nextManager = -1;
    private string ManagerId(int i) => $"manager-{run}-{i}";
    private static string ManagerKey(int i) => $"test-manager-key-{i:0000}";

    /// <summary>An operator id no other test uses (an account manager), and a client holding that operator's key.</summary>
    public (string OperatorId, HttpClient Http) NewAccountManager()
    {
        var i = Interlocked.Increment(ref nextManager);
        return (ManagerId(i), Http(ManagerKey(i)));
    }

    private const int Agents = 20;
    private int nextAgent = -1;
    private string AgentId(int i) => $"agent-{run}-{i}";
    private static string AgentKey(int i) => $"test-agent-key-{i:0000}";

    /// <summary>An agent id no other test uses, and a client holding that agent's key.</summary>
    public (string AgentId, HttpClient Http) NewAgent()
    {
        var i = Interlocked.Increment(ref nextAgent);
        return (AgentId(i), Http(AgentKey(i)));
    }

    private string BrandId(int i) => $"brand-{run}-{i}";
    private string SellerId(int i) => $"seller-{run}-{i}";
    private static string BrandKey(int i) => $"test-brand-key-{i:0000}";
    private static string SellerKey(int i) => $"test-seller-key-{i:0000}";

    /// <summary>A brand id no other test uses, and a client holding that brand's key.</summary>
    public (string BrandId, HttpClient Http) NewBrand()
    {
        var i = Interlocked.Increment(ref nextBrand);
        return (BrandId(i), Http(BrandKey(i)));
    }

    /// <summary>A seller id no other test uses, and a client holding that seller's key.</summary>
    public (string SellerId, HttpClient Http) NewSeller()
    {
        var i = Interlocked.Increment(ref nextSeller);
        return (SellerId(i), Http(SellerKey(i)));
    }

    public string NewId(string prefix) => $"{prefix}-{run}-{Guid.NewGuid():N}";

    public HttpClient Http(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    public HttpClient Operator => Http(OperatorKey);
    public HttpClient SecondOperator => Http(SecondOperatorKey);
    public HttpClient Frontend => Http(FrontendKey);
    public HttpClient Catalog => Http(CatalogKey);
    public HttpClient Detector => Http(DetectorKey);

    public async Task DisposeAsync()
    {
        await api.StopAsync();
        await api.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GridCollection : ICollectionFixture<GridClusterFixture>
{
    public const string Name = "grid";
}
