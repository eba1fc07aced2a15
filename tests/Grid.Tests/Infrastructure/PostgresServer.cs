using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Grid.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server of our own for the run, no Docker: a fresh data directory, a free port
/// on 127.0.0.1 only, its socket file inside that directory, trust authentication (nothing but this
/// machine can reach it). Stopped and deleted when the run ends. Each test class takes a database
/// of its own from <see cref="CreateDatabaseAsync"/>, so classes never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private PostgresTools tools = null!;
    private string directory = null!;
    private bool started;
    private string DataDirectory => Path.Combine(directory, "data");
    private string LogFile => Path.Combine(directory, "server.log");

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        tools = PostgresTools.Find();
        directory = await tools.CreateOwnedDirectoryAsync("grid-pg-");
        // --no-sync: the bootstrap files need not survive a power cut; the running server keeps fsync on.
        await tools.RunAsync("initdb", directory, "-D", DataDirectory, "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), $"""

            # Written by the Grid tests.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{directory}'
            fsync = on
            # Left on: a commit returns only once its WAL is on disk, as in production, so a test that
            # stops the server hard (or a silo) may rely on every acknowledged write being there.
            synchronous_commit = on
            # Several silos each keep a connection pool (Npgsql: up to 100); the default limit of 100 would
            # refuse connections under load, which production servers are sized against too.
            max_connections = 400
            """);
        await StartOnFreePortAsync();
    }

    /// <summary>Another process may take the port between our look and the server's bind; then try the next.</summary>
    private async Task StartOnFreePortAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await tools.RunAsync("pg_ctl", directory, "start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {Port}");
                started = true;
                return;
            }
            catch (InvalidOperationException ex) when (attempt == 3)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no server log)";
                throw new InvalidOperationException($"PostgreSQL did not start: {ex.Message}{Environment.NewLine}{log}", ex);
            }
            catch (InvalidOperationException)
            {
                // Most likely the port was taken after all; the next attempt takes another.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>
    /// A new, empty database named after <paramref name="name"/> (plus a unique suffix), and the
    /// connection string to it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var safe = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        var database = $"{safe[..Math.Min(safe.Length, 40)]}_{Guid.NewGuid().ToString("N")[..8]}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(database);
    }

    public async Task DisposeAsync()
    {
        if (directory is null) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            // Immediate: nothing here is worth a checkpoint, the directory goes next.
            if (started) await tools.RunAsync("pg_ctl", directory, "stop", "-D", DataDirectory, "-m", "immediate", "-w");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>Every class that needs PostgreSQL shares the one server; its classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
