using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Grid.Bench.Hosting;

/// <summary>
/// A PostgreSQL server of the bench's own, as the tests start theirs: initdb in a temporary directory, a free
/// port on 127.0.0.1, fsync and synchronous_commit on (an acknowledged write is on disk, as in production).
/// Under root the server programs run as the postgres user, since they refuse root. Stopped and deleted on dispose.
/// </summary>
public sealed partial class LocalPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string bin;
    private readonly string directory;
    private bool started;

    private LocalPostgres(string bin, string directory)
    {
        this.bin = bin;
        this.directory = directory;
    }

    public int Port { get; private set; }
    private string Data => Path.Combine(directory, "data");
    private static bool AsRoot => Environment.UserName == "root";

    public static async Task<LocalPostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("Postgres mode needs PostgreSQL's server programs: apt-get install -y postgresql");
        var directory = Path.Combine(AsRoot ? "/tmp" : Path.GetTempPath(), $"grid-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (AsRoot) await Run("chown", [$"{ServiceUser}:", directory]);
        var server = new LocalPostgres(bin, directory);
        await server.Tool("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        await File.AppendAllTextAsync(Path.Combine(server.Data, "postgresql.conf"), $"""

            # Written by Grid.Bench.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{directory}'
            fsync = on
            synchronous_commit = on
            max_connections = 300
            shared_buffers = 256MB
            """);
        server.Port = FreePort();
        await server.Tool("pg_ctl", "start", "-D", server.Data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", $"-p {server.Port}");
        server.started = true;
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, MaxPoolSize = 100,
    }.ConnectionString;

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>pgbench -i: the tables of its built-in TPC-B-like script, at <paramref name="scale"/> (100,000 accounts each).</summary>
    public async Task PgbenchInitAsync(string database, int scale) =>
        await Tool("pgbench", "-i", "-q", "-s", scale.ToString(CultureInfo.InvariantCulture), "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", database);

    /// <summary>A timed run of pgbench's built-in script: transactions per second, without connection set-up.</summary>
    public async Task<double> PgbenchAsync(string database, int clients, TimeSpan duration)
    {
        var output = await Tool("pgbench", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
            "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", database);
        var tps = TpsLine().Match(output);
        return tps.Success
            ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench printed no tps line:{Environment.NewLine}{output}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    private Task<string> Tool(string program, params string[] arguments)
    {
        var path = Path.Combine(bin, program);
        return AsRoot ? Run("runuser", ["-u", ServiceUser, "--", path, .. arguments], directory) : Run(path, arguments, directory);
    }

    private static async Task<string> Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "/" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (started) await Tool("pg_ctl", "stop", "-D", Data, "-m", "immediate", "-w");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
