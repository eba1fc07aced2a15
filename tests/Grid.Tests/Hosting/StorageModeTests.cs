using Grid.Silo.Hosting;
using Grid.Silo.Hosting.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Grid.Tests.Hosting;

/// <summary>
/// The storage settings a silo reads before anything starts: a value it could only fail on later
/// stops it at once, with the setting to fix in the message.
/// </summary>
public sealed class StorageModeTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    /// <summary>What the real host does with the settings: configure a silo with the Grid on it.</summary>
    private static InvalidOperationException RefusalOf(params (string Key, string? Value)[] settings)
    {
        var host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        host.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)));
        return Assert.Throws<InvalidOperationException>(() =>
            host.UseOrleans(silo => silo.UseGridEndpoints(host.Configuration).AddGrid(host.Configuration)));
    }

    [Theory]
    [InlineData(null, GridStorageMode.Memory)]
    [InlineData("", GridStorageMode.Memory)]
    [InlineData("Memory", GridStorageMode.Memory)]
    [InlineData("Postgres", GridStorageMode.Postgres)]
    [InlineData("postgres", GridStorageMode.Postgres)]
    public void StorageMode_IsMemoryByDefault_AndTakesEitherName(string? value, GridStorageMode expected)
    {
        Assert.Equal(expected, GridStorage.Mode(Settings(("Grid:Storage", value))));
    }

    [Theory]
    [InlineData("Bogus")]
    [InlineData("1")]
    [InlineData("SqlServer")]
    public void UnknownStorageMode_IsRefused_NamingTheSettingAndTheChoices(string value)
    {
        var refusal = RefusalOf(("Grid:Storage", value));

        Assert.Contains($"Grid:Storage='{value}'", refusal.Message);
        Assert.Contains("'Memory'", refusal.Message);
        Assert.Contains("'Postgres'", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void PostgresWithoutConnectionString_IsRefused_NamingTheSetting(string? connectionString)
    {
        var refusal = RefusalOf(("Grid:Storage", "Postgres"), ("ConnectionStrings:Grid", connectionString));

        Assert.Contains("ConnectionStrings:Grid", refusal.Message);
        Assert.Contains("ConnectionStrings__Grid", refusal.Message);
    }

    [Fact]
    public void PostgresWithAMalformedConnectionString_IsRefused_WithoutEchoingIt()
    {
        var refusal = RefusalOf(("Grid:Storage", "Postgres"), ("ConnectionStrings:Grid", "Hots=db;Password=s3cret"));

        Assert.Contains("ConnectionStrings:Grid is not a PostgreSQL connection string", refusal.Message);
        Assert.DoesNotContain("s3cret", refusal.Message);
    }

    [Fact]
    public void AdvertisedIpThatIsNoAddress_IsRefused_NamingTheSetting()
    {
        var refusal = RefusalOf(("Grid:Storage", "Postgres"), ("ConnectionStrings:Grid", "Host=db"), ("Grid:AdvertisedIp", "silo-1"));

        Assert.Contains("Grid:AdvertisedIp='silo-1'", refusal.Message);
    }

    [Fact]
    public void AdvertisedIp_IsLoopbackUnlessSet()
    {
        Assert.Equal("127.0.0.1", PostgresEndpoints.AdvertisedIp(Settings()).ToString());
        Assert.Equal("10.0.0.7", PostgresEndpoints.AdvertisedIp(Settings(("Grid:AdvertisedIp", "10.0.0.7"))).ToString());
    }
}
