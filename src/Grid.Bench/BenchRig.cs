using Grid.Contracts;
using Grid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Grid.Bench;

/// <summary>One silo and the HTTP API on loopback, configured exactly as the Grid runs them.</summary>
public sealed class BenchRig : IAsyncDisposable
{
    public const string Key = "bench-operator-key-0001";
    public const string FrontendKey = "bench-frontend-key-0001";

    public required InProcessTestCluster Cluster { get; init; }
    public required WebApplication Api { get; init; }
    public IClusterClient Client => Cluster.Client;

    public static async Task<BenchRig> StartAsync(BenchOptions options)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false; // megabytes of silo logs per run, read by no one
        builder.ConfigureSiloHost((_, host) => host.Configuration.AddPolicyFile());
        builder.ConfigureSilo((_, silo) => silo.AddGrid(silo.Configuration));
        builder.ConfigureClient(client => client.AddMemoryStreams(GridNames.StreamProvider));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var api = await GridApiHost.StartAsync(cluster.Client, "Production", new Dictionary<string, string?>
        {
            ["Grid:ApiKeys:0:Key"] = Key,
            ["Grid:ApiKeys:0:Role"] = "operator",
            ["Grid:ApiKeys:1:Key"] = FrontendKey,
            ["Grid:ApiKeys:1:Role"] = "frontend",
            // The bench measures the Grid, not the intake's rate limit: one operator key files everything.
            ["Grid:RateLimits:PermitsPerMinute"] = "100000000",
        });
        return new BenchRig { Cluster = cluster, Api = api };
    }

    public HttpClient Http(string key)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = Api.Address() };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await Api.StopAsync();
        await Api.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
