using Grid.Silo.Api;

namespace Grid.Silo.Hosting;

/// <summary>
/// The HTTP API as a front end beside a cluster it reaches through <paramref name="client"/>:
/// how the tests and the benchmark run the real API against a TestCluster.
/// </summary>
public static class GridApiHost
{
    public static async Task<WebApplication> StartAsync(
        IClusterClient client, string environment, IEnumerable<KeyValuePair<string, string?>> settings, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The intake's rate limits live in the policy file; the settings given here still override them.
        builder.Configuration.AddPolicyFile();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton<IGrainFactory>(client);
        builder.AddGridApi();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGridApi();
        await app.StartAsync();
        return app;
    }

    /// <summary>The address Kestrel actually bound (port 0 picks a free one).</summary>
    public static Uri Address(this WebApplication app) => new(app.Urls.First());
}
