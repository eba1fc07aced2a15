using Npgsql;

namespace Grid.Tests.Postgres;

/// <summary>Reads the database behind a test directly, to check what the providers really wrote.</summary>
internal static class Db
{
    public static Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object? Value)[] parameters) =>
        RunAsync(connectionString, sql, parameters, async command => (T)(await command.ExecuteScalarAsync())!);

    public static Task<List<object[]>> RowsAsync(string connectionString, string sql, params (string Name, object? Value)[] parameters) =>
        RunAsync(connectionString, sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }
            return rows;
        });

    private static async Task<T> RunAsync<T>(string connectionString, string sql, (string Name, object? Value)[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return await run(command);
    }
}
