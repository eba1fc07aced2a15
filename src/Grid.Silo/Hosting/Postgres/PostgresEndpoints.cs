using System.Net;
using Orleans.Configuration;

namespace Grid.Silo.Hosting.Postgres;

/// <summary>
/// How a silo of a Postgres-mode cluster is reached: the address it publishes in the membership
/// table for other silos and clients, and the cluster it belongs to.
/// </summary>
public static class PostgresEndpoints
{
    public const string AdvertisedIpKey = "Grid:AdvertisedIp";
    public const string ClusterIdKey = "Grid:ClusterId";
    public const string ServiceIdKey = "Grid:ServiceId";

    /// <summary>
    /// Loopback unless <see cref="AdvertisedIpKey"/> says otherwise: silos on one machine need
    /// nothing more, silos on several must each publish an address the others can reach.
    /// ServiceId names the stored state and reminders, so it must not change across deployments;
    /// ClusterId names one membership table within it.
    /// </summary>
    public static ISiloBuilder UsePostgresEndpoints(this ISiloBuilder silo, IConfiguration configuration, int siloPort, int gatewayPort)
    {
        silo.ConfigureEndpoints(AdvertisedIp(configuration), siloPort, gatewayPort);
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = Setting(configuration, ClusterIdKey);
            options.ServiceId = Setting(configuration, ServiceIdKey);
        });
        return silo;
    }

    public static IPAddress AdvertisedIp(IConfiguration configuration)
    {
        var value = configuration[AdvertisedIpKey];
        if (string.IsNullOrWhiteSpace(value)) return IPAddress.Loopback;
        return IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{AdvertisedIpKey}='{value}' is not an IP address.");
    }

    private static string Setting(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? "grid" : configuration[key]!;
}
