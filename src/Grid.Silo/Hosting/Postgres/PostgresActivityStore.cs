using System.Text.Json;
using Grid.Contracts.Reports;
using Grid.Grains;
using Npgsql;
using NpgsqlTypes;

namespace Grid.Silo.Hosting.Postgres;

/// <summary>The enforcement log in table grid_activity (config/sql/05-activity.sql): one insert per entry.</summary>
public sealed class PostgresActivityStore(string connectionString) : IActivityStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource database = NpgsqlDataSource.Create(connectionString);

    public async Task Append(string partition, ActivityRecord entry)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO grid_activity (puid, partition_key, at, entry) VALUES ($1, $2, $3, $4) ON CONFLICT (puid) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Puid });
        command.Parameters.Add(new NpgsqlParameter { Value = partition });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.At.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(entry), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<ActivityRecord>> Read(string partition)
    {
        await using var command = database.CreateCommand("SELECT entry FROM grid_activity WHERE partition_key = $1 ORDER BY at, puid");
        command.Parameters.Add(new NpgsqlParameter { Value = partition });
        var entries = new List<ActivityRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) entries.Add(JsonSerializer.Deserialize<ActivityRecord>(reader.GetString(0))!);
        return entries;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
