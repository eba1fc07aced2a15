using Npgsql;

namespace Grid.Silo.Hosting.Postgres;

/// <summary>
/// The tables and stored queries Postgres mode needs (config/sql/*.sql, applied in name order).
/// Every script may run any number of times, so applying them on each start keeps a new database
/// and an old one alike up to date without a manual step.
/// </summary>
public static class GridSchema
{
    public static string ScriptDirectory => Path.Combine(GridConfigFiles.Directory, "sql");

    // Silos of one deployment start together against one database, and concurrent CREATE TABLE
    // IF NOT EXISTS or CREATE OR REPLACE can still collide in the catalog: each installer waits its
    // turn on this lock. The number only has to be the same for every silo ("GridSql" in ASCII).
    private const long LockKey = 0x47_72_69_64_53_71_6C;

    /// <summary>Applies every script in one transaction under an advisory lock; all or nothing.</summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var scripts = Scripts();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var wait = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            wait.Parameters.AddWithValue("key", LockKey);
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var script in scripts)
        {
            await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(script, cancellationToken), connection, transaction);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex)
            {
                throw new InvalidOperationException($"Schema script {Path.GetFileName(script)} failed: {ex.MessageText}", ex);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The scripts in the order they apply; none at all means a broken install, not an empty schema.</summary>
    public static IReadOnlyList<string> Scripts()
    {
        var scripts = Directory.Exists(ScriptDirectory)
            ? Directory.GetFiles(ScriptDirectory, "*.sql").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (scripts.Length == 0)
            throw new InvalidOperationException($"No schema scripts (*.sql) in {ScriptDirectory}; the silo's config/sql folder is missing.");
        return scripts;
    }
}
