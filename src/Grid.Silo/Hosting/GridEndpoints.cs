using Grid.Silo.Hosting.Postgres;
using Orleans.Configuration;

namespace Grid.Silo.Hosting;

/// <summary>
/// The silo's ports and how it finds its cluster, for the real host (a test cluster brings its own):
/// localhost clustering in Memory mode, published endpoints and the membership table in Postgres mode.
/// </summary>
public static class GridEndpoints
{
    public const string SiloPortKey = "Grid:SiloPort";
    public const string GatewayPortKey = "Grid:GatewayPort";

    public static ISiloBuilder UseGridEndpoints(this ISiloBuilder silo, IConfiguration configuration)
    {
        var siloPort = configuration.GetValue(SiloPortKey, EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = configuration.GetValue(GatewayPortKey, EndpointOptions.DEFAULT_GATEWAY_PORT);
        return GridStorage.Mode(configuration) == GridStorageMode.Postgres
            ? silo.UsePostgresEndpoints(configuration, siloPort, gatewayPort)
            : silo.UseLocalhostClustering(siloPort, gatewayPort);
    }
}
