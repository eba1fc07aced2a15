using System.Reflection;
using Grid.Silo.Hosting.Postgres;
using Grid.Tests.Infrastructure;
using Orleans.Configuration;

namespace Grid.Tests.Postgres;

/// <summary>
/// config/sql as the silo applies it at every start: complete, repeatable, and safe when several
/// silos start at once. (The clusters of the other Postgres tests start on empty databases: they
/// also show a silo installs the schema before its providers need it.)
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GridSchemaTests(PostgresServer server)
{
    /// <summary>What the Orleans 10.4.2 providers read from OrleansQuery; each refuses to start without its keys.</summary>
    private static readonly string[] RequiredKeys =
    [
        // clustering
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        // grain storage
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey",
        // reminders
        "UpsertReminderRowKey", "ReadReminderRowKey", "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    private static Task<List<object[]>> Queries(string database) =>
        Db.RowsAsync(database, "SELECT QueryKey, QueryText FROM OrleansQuery ORDER BY QueryKey");

    [Fact]
    public async Task EveryQueryTheProvidersNeed_IsInstalled()
    {
        var database = await server.CreateDatabaseAsync("schema_keys");

        await GridSchema.ApplyAsync(database);

        var installed = (await Queries(database)).Select(r => (string)r[0]).ToHashSet();
        var missing = RequiredKeys.Where(k => !installed.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"config/sql lacks the queries {string.Join(", ", missing)}");
    }

    /// <summary>
    /// The clustering and reminder providers name their keys in one internal class each; reading it
    /// here turns an Orleans upgrade that asks for a new query into a failing test, not a silo that
    /// will not start.
    /// </summary>
    [Fact]
    public void TheListAbove_CoversWhatTheInstalledProvidersAsk()
    {
        var asked = new[] { typeof(AdoNetClusteringSiloOptions).Assembly, typeof(AdoNetReminderTableOptions).Assembly }
            .Select(assembly => assembly.GetTypes().SingleOrDefault(t => t.Name == "DbStoredQueries")
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} no longer has DbStoredQueries; check its required queries by hand."))
            .SelectMany(type => type.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name));

        var unlisted = asked.Except(RequiredKeys).ToList();

        Assert.True(unlisted.Count == 0, $"The providers also ask for {string.Join(", ", unlisted)}");
    }

    [Fact]
    public async Task ApplyingAgain_KeepsTheData_AndRestoresTheQueries()
    {
        var database = await server.CreateDatabaseAsync("schema_twice");
        await GridSchema.ApplyAsync(database);
        var before = await Queries(database);
        await Db.ScalarAsync<int>(database,
            "INSERT INTO orleans_reminders VALUES ('svc', 'grain', 'kept', now(), 1000, 7, 3) RETURNING version");
        await Db.ScalarAsync<int>(database,
            "UPDATE OrleansQuery SET QueryText = 'SELECT 1' WHERE QueryKey = 'WriteToStorageKey' RETURNING 1");

        await GridSchema.ApplyAsync(database);

        Assert.Equal(before, await Queries(database));
        Assert.Equal(3, await Db.ScalarAsync<int>(database, "SELECT version FROM orleans_reminders WHERE reminder_name = 'kept'"));
    }

    [Fact]
    public async Task SilosApplyingAtOnce_OnAFreshDatabase_AllSucceed()
    {
        var database = await server.CreateDatabaseAsync("schema_race");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => GridSchema.ApplyAsync(database))));

        Assert.Equal(RequiredKeys.Length, (await Queries(database)).Count);
    }
}
