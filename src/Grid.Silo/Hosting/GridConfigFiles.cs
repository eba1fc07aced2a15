using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Grid.Silo.Hosting;

/// <summary>Where the top-level config/ folder lands beside the binary, and how its files join the configuration.</summary>
public static class GridConfigFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "config");

    public const string PolicyFile = "enforcement.json";

    /// <summary>
    /// Adds config/enforcement.json right after the appsettings files, so environment variables
    /// and the command line still override any policy value.
    /// </summary>
    public static void AddPolicyFile(this IConfigurationBuilder configuration)
    {
        var sources = configuration.Sources;
        var lastJson = -1;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i] is JsonConfigurationSource) lastJson = i;
        sources.Insert(lastJson + 1, new JsonConfigurationSource
        {
            Path = PolicyFile,
            Optional = false,
            FileProvider = new PhysicalFileProvider(Directory),
        });
    }
}
