using System.Net;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Hosting;

/// <summary>
/// The program a newcomer runs: the real Grid.Silo process with config/ beside it, the demo seed and
/// the demo keys of the README, and the start-up checks that stop a misconfigured silo.
/// </summary>
[Collection(SiloProcessCollection.Name)]
public sealed class SiloProgramTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task SeededDevelopmentSilo_AnswersTheReadmeFlowsWithDemoKeys()
    {
        await using var silo = SiloProcess.Start("Development", args: "--seed-demo");
        Assert.True(await silo.WaitUntilReady("Demo data seeded", StartTimeout), silo.Output);
        var frontend = silo.Http("dev-frontend-key-0001");
        var acme = silo.Http("dev-brand-acme-key-0001");

        var before = (await frontend.Get("/v1/listings/L-1001/status")).Expect(HttpStatusCode.OK);
        var filed = (await acme.Post("/v1/complaints", Scenario.Complaint("acme", "L-1001", "TM-ACME-001"))).Expect(HttpStatusCode.Created);
        var after = (await frontend.Get("/v1/listings/L-1001/status")).Expect(HttpStatusCode.OK);
        var seller = (await silo.Http("dev-seller-shady-key-0001").Get("/v1/sellers/shady-store")).Expect(HttpStatusCode.OK);
        var openApi = await silo.Http(null).GetAsync("/openapi/v1.json");

        Assert.False((bool)before["blocked"]!);
        Assert.Equal("taken-down", (string?)filed["status"]);
        Assert.True((bool)after["blocked"]!);
        Assert.Equal(1, (int)seller["activeStrikes"]!);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Fact]
    public async Task ProductionSilo_RefusesDemoKeys_AndAcceptsConfiguredOnes()
    {
        await using var silo = SiloProcess.Start("Production", new Dictionary<string, string>
        {
            ["Grid__ApiKeys__0__Key"] = "dev-operator-key-0001",
            ["Grid__ApiKeys__0__Role"] = "operator",
            ["Grid__ApiKeys__1__Key"] = "prod-frontend-key-7f3a9c",
            ["Grid__ApiKeys__1__Role"] = "frontend",
        });
        Assert.True(await silo.WaitUntilReady("Now listening on", StartTimeout), silo.Output);

        var demo = await silo.Http("dev-operator-key-0001").Get("/v1/sellers/anyone");
        var configured = await silo.Http("prod-frontend-key-7f3a9c").Get("/v1/listings/L-1/status");

        demo.Expect(HttpStatusCode.Unauthorized);
        configured.Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ContradictoryPolicy_StopsTheSiloAtStart_NamingTheSetting()
    {
        await using var silo = SiloProcess.Start("Development", new Dictionary<string, string>
        {
            ["Grid__Enforcement__Flags__Verify"] = "0.99",
        });

        Assert.True(await silo.WaitForExit(StartTimeout), "the silo should refuse to start");
        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("Flags:Verify must not exceed Flags:AutoTakedown", silo.Output);
    }

    [Fact]
    public async Task InvalidApiKey_StopsTheSiloAtStart_NamingTheEntry()
    {
        await using var silo = SiloProcess.Start("Production", new Dictionary<string, string>
        {
            ["Grid__ApiKeys__0__Key"] = "prod-brand-key-without-brands",
            ["Grid__ApiKeys__0__Role"] = "brand",
        });

        Assert.True(await silo.WaitForExit(StartTimeout), "the silo should refuse to start");
        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("Grid:ApiKeys:0: a brand key needs at least one BrandIds entry", silo.Output);
    }

    [Fact]
    public async Task PostgresModeWithoutConnectionString_StopsTheSiloAtStart_NamingTheSetting()
    {
        await using var silo = SiloProcess.Start("Development", new Dictionary<string, string>
        {
            ["Grid__Storage"] = "Postgres",
        });

        Assert.True(await silo.WaitForExit(StartTimeout), "the silo should refuse to start");
        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("needs a PostgreSQL connection string in ConnectionStrings:Grid", silo.Output);
    }
}

/// <summary>Silo processes start one at a time: each is a whole host, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class SiloProcessCollection
{
    public const string Name = "silo-process";
}
