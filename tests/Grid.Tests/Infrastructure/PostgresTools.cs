using System.Diagnostics;

namespace Grid.Tests.Infrastructure;

/// <summary>
/// The server programs of the newest PostgreSQL installed the Debian way (/usr/lib/postgresql/N/bin),
/// run as a user they accept: initdb and the server refuse root, so under root (as on CI) they run
/// as the unprivileged postgres user the package creates.
/// </summary>
public sealed class PostgresTools
{
    public const string InstallRoot = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";

    public string BinDirectory { get; }
    public static bool RunsAsRoot => Environment.UserName == "root";

    private PostgresTools(string binDirectory) => BinDirectory = binDirectory;

    /// <summary>Fails, never skips, when PostgreSQL is missing: a suite that quietly tests less is worse than a red one.</summary>
    public static PostgresTools Find(string installRoot = InstallRoot)
    {
        var newest = Directory.Exists(installRoot)
            ? Directory.GetDirectories(installRoot)
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(candidate => candidate.Version >= 0
                    && File.Exists(Path.Combine(candidate.Dir, "bin", "initdb"))
                    && File.Exists(Path.Combine(candidate.Dir, "bin", "pg_ctl")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => Path.Combine(candidate.Dir, "bin"))
                .FirstOrDefault()
            : null;
        return newest is not null
            ? new PostgresTools(newest)
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a PostgreSQL server installed (initdb and pg_ctl under {installRoot}/<version>/bin); " +
                "none was found. On Debian or Ubuntu: apt-get install -y postgresql");
    }

    /// <summary>A new directory under the temporary folder that the server's user owns.</summary>
    public async Task<string> CreateOwnedDirectoryAsync(string prefix)
    {
        // Under root the usual temp folder may be root's own; /tmp is open to every user.
        var parent = RunsAsRoot ? "/tmp" : Path.GetTempPath();
        var directory = Path.Combine(parent, $"{prefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (RunsAsRoot) await RunProcessAsync("chown", [$"{ServiceUser}:", directory], directory);
        return directory;
    }

    /// <summary>Runs one of the server programs (initdb, pg_ctl) to completion; a non-zero exit fails with its output.</summary>
    public Task<string> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        var path = Path.Combine(BinDirectory, program);
        return RunsAsRoot
            ? RunProcessAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments], workingDirectory)
            : RunProcessAsync(path, arguments, workingDirectory);
    }

    private static async Task<string> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{output}");
        return output.ToString();
    }
}
