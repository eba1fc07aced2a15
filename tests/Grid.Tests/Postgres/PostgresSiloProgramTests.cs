using System.Net;
using Grid.Tests.Hosting;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Postgres;

/// <summary>The real Grid.Silo program in Postgres mode, configured the way an operator would, on an empty database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSiloProgramTests(PostgresServer server)
{
    [Fact]
    public async Task SiloInPostgresMode_InstallsTheSchema_JoinsItsCluster_AndStoresUnderItsService()
    {
        var database = await server.CreateDatabaseAsync("silo_program");
        await using var silo = SiloProcess.Start("Development", new Dictionary<string, string>
        {
            ["Grid__Storage"] = "Postgres",
            ["ConnectionStrings__Grid"] = database,
            ["Grid__ClusterId"] = "program-cluster",
            ["Grid__ServiceId"] = "program-service",
        }, "--seed-demo");
        Assert.True(await silo.WaitUntilReady("Demo data seeded", TimeSpan.FromSeconds(90)), silo.Output);

        var status = (await silo.Http("dev-frontend-key-0001").Get("/v1/listings/L-1001/status")).Expect(HttpStatusCode.OK);
        var members = await Db.RowsAsync(database, "SELECT deployment_id, address, status FROM orleans_membership");
        var listings = await Db.ScalarAsync<long>(database,
            "SELECT count(*) FROM orleans_storage WHERE service_id = 'program-service' AND grain_type = 'listing'");

        Assert.Equal("L-1001", (string?)status["listingId"]);
        var member = Assert.Single(members);
        Assert.Equal(["program-cluster", "127.0.0.1", (int)SiloStatus.Active], member);
        Assert.Equal(6, listings);
    }
}
