using System.Net;
using System.Net.Sockets;
using Grid.Silo.Api;
using Grid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Grid.Bench.Hosting;

/// <summary>
/// The Grid as production runs it (src/Grid.Silo/Program.cs): one process holding the silo and the HTTP API on
/// Kestrel, on loopback, in Memory or Postgres mode, plus the bench's own baseline endpoint and grains. The
/// front end's Orleans client is the silo's hosted client, as in a front-end service inside the cluster.
/// </summary>
public sealed class BenchRig : IAsyncDisposable
{
    public const string OperatorKey = "bench-operator-key-0001";
    public const string FrontendKey = "bench-frontend-key-0001";

    private BenchRig(WebApplication app, GridStorageMode mode)
    {
        App = app;
        Mode = mode;
        Client = app.Services.GetRequiredService<IClusterClient>();
        Address = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }
    public GridStorageMode Mode { get; }
    public IClusterClient Client { get; }
    public Uri Address { get; }

    public static async Task<BenchRig> StartAsync(GridStorageMode mode, string? connectionString = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = GridConfigFiles.Directory,
        });
        builder.Configuration.AddPolicyFile();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [GridStorage.ModeKey] = mode.ToString(),
            [GridStorage.ConnectionStringKey] = connectionString,
            // Free ports: other programs on this shared machine may hold Orleans' defaults.
            [GridEndpoints.SiloPortKey] = FreePort().ToString(),
            [GridEndpoints.GatewayPortKey] = FreePort().ToString(),
            ["Grid:ClusterId"] = $"bench-{Guid.NewGuid():N}",
            ["Grid:ApiKeys:0:Key"] = OperatorKey,
            ["Grid:ApiKeys:0:Role"] = "operator",
            ["Grid:ApiKeys:1:Key"] = FrontendKey,
            ["Grid:ApiKeys:1:Role"] = "frontend",
            // The bench measures the Grid, not the intake's rate limit: one operator key files everything.
            ["Grid:RateLimits:PermitsPerMinute"] = "1000000000",
        });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo
            .UseGridEndpoints(builder.Configuration)
            .AddGrid(builder.Configuration));
        builder.AddGridApi();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        var app = builder.Build();
        app.MapGridApi();
        app.MapBenchEndpoints();
        await app.StartAsync();
        return new BenchRig(app, mode);
    }

    public HttpClient Http(string key, int connections)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        }) { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await App.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A silo that will not stop in time has nothing left worth waiting for: the run is over.
        }
        await App.DisposeAsync();
    }
}
