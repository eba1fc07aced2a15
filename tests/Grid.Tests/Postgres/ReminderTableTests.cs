using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Tests.Postgres;

/// <summary>
/// Every reminder query through the real ADO.NET reminder table of a Postgres-mode silo: upsert,
/// read one, read a grain's, read a stretch of the hash ring, delete by version, delete a service's.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReminderTableTests(PostgresServer server, PostgresClusterFixture shared) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private static readonly DateTime StartAt = new(2026, 11, 24, 9, 30, 15, 250, DateTimeKind.Utc);
    private IReminderTable reminders = null!;

    public async Task InitializeAsync()
    {
        var cluster = await shared.StartOnceAsync(server, "reminders");
        reminders = cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static GrainId NewGrain() => GrainId.Create("pgreminder", Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan? period = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = StartAt,
        Period = period ?? TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task UpsertedReminder_IsReadBack_WithEveryField()
    {
        var grain = NewGrain();

        var etag = await reminders.UpsertRow(Entry(grain, "sla", TimeSpan.FromDays(60)));
        var read = await reminders.ReadRow(grain, "sla");

        Assert.NotNull(read);
        Assert.Equal(grain, read.GrainId);
        Assert.Equal("sla", read.ReminderName);
        Assert.Equal(StartAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(TimeSpan.FromDays(60), read.Period); // more milliseconds than an int holds
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task UpsertOfAnExistingReminder_ChangesIt_AndGivesANewETag()
    {
        var grain = NewGrain();
        var first = await reminders.UpsertRow(Entry(grain, "sla"));

        var second = await reminders.UpsertRow(Entry(grain, "sla", TimeSpan.FromHours(1)));
        var read = await reminders.ReadRow(grain, "sla");

        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(TimeSpan.FromHours(1), read.Period);
    }

    [Fact]
    public async Task ReadOfAnUnknownReminder_GivesNothing()
    {
        Assert.Null(await reminders.ReadRow(NewGrain(), "never-set"));
    }

    [Fact]
    public async Task ReadRowsOfAGrain_GivesAllItsRemindersAndNoOthers()
    {
        var grain = NewGrain();
        await reminders.UpsertRow(Entry(grain, "one"));
        await reminders.UpsertRow(Entry(grain, "two"));
        await reminders.UpsertRow(Entry(NewGrain(), "one"));

        var rows = await reminders.ReadRows(grain);

        Assert.Equal(["one", "two"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    /// <summary>
    /// Ranges of the ring are (begin, end], unsigned; begin = end is the whole ring. The provider splits
    /// them between two queries by comparing the bounds as signed integers, so the cases cover both
    /// queries and every way a range can wrap.
    /// </summary>
    [Theory]
    [InlineData(0x10000000u, 0x70000000u)] // plain stretch, positive as signed
    [InlineData(0x90000000u, 0xF0000000u)] // plain stretch, negative as signed
    [InlineData(0x70000000u, 0x90000000u)] // plain unsigned, but wraps as signed
    [InlineData(0xF0000000u, 0x10000000u)] // wraps unsigned, plain as signed
    [InlineData(0x90000000u, 0x30000000u)] // wraps unsigned, plain as signed, crossing zero
    [InlineData(0x30000000u, 0x20000000u)] // wraps both ways: nearly the whole ring
    [InlineData(0x12345678u, 0x12345678u)] // begin = end: the whole ring
    public async Task ReadRowsOfARingRange_GivesExactlyTheGrainsHashedIntoIt(uint begin, uint end)
    {
        var name = $"ring-{Guid.NewGuid():N}";
        var grains = Enumerable.Range(0, 48).Select(_ => NewGrain()).ToList();
        foreach (var grain in grains) await reminders.UpsertRow(Entry(grain, name));

        var rows = await reminders.ReadRows(begin, end);

        var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order();
        var actual = rows.Reminders.Where(r => r.ReminderName == name).Select(r => r.GrainId.ToString()).Order();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task ReadRowsOfARingRange_IncludesTheEndAndExcludesTheBegin()
    {
        var name = $"edge-{Guid.NewGuid():N}";
        var grain = NewGrain();
        await reminders.UpsertRow(Entry(grain, name));
        var hash = grain.GetUniformHashCode();

        var endingAtIt = await reminders.ReadRows(hash - 1, hash);
        var beginningAtIt = await reminders.ReadRows(hash, hash + 1);

        Assert.Contains(endingAtIt.Reminders, r => r.ReminderName == name);
        Assert.DoesNotContain(beginningAtIt.Reminders, r => r.ReminderName == name);
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    [Fact]
    public async Task RemoveWithTheCurrentETag_DeletesTheReminder()
    {
        var grain = NewGrain();
        var etag = await reminders.UpsertRow(Entry(grain, "sla"));

        var removed = await reminders.RemoveRow(grain, "sla", etag!);

        Assert.True(removed);
        Assert.Null(await reminders.ReadRow(grain, "sla"));
    }

    [Fact]
    public async Task RemoveWithAStaleETag_DeletesNothing()
    {
        var grain = NewGrain();
        var stale = await reminders.UpsertRow(Entry(grain, "sla"));
        var current = await reminders.UpsertRow(Entry(grain, "sla", TimeSpan.FromHours(2)));

        var removed = await reminders.RemoveRow(grain, "sla", stale!);

        Assert.False(removed);
        Assert.Equal(current, (await reminders.ReadRow(grain, "sla"))!.ETag);
    }

    [Fact]
    public async Task ClearingTheTable_RemovesTheServicesReminders_AndNoOtherServices()
    {
        var grain = NewGrain();
        await reminders.UpsertRow(Entry(grain, "sla"));
        await Db.ScalarAsync<int>(shared.ConnectionString,
            "INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version) " +
            "VALUES ('another-service', @grain, 'sla', now(), 60000, 0, 0) RETURNING version",
            ("grain", grain.ToString()));

        await reminders.TestOnlyClearTable();

        Assert.Empty((await reminders.ReadRows(grain)).Reminders);
        Assert.Equal(1L, await Db.ScalarAsync<long>(shared.ConnectionString,
            "SELECT count(*) FROM orleans_reminders WHERE service_id = 'another-service' AND grain_id = @grain", ("grain", grain.ToString())));
    }
}
