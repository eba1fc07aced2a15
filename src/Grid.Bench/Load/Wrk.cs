using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Grid.Bench.Load;

/// <summary>
/// wrk (Debian package `wrk`), when it is installed: a load generator in a process of its own, so its work and
/// garbage are not the server's. One thread, a fixed number of connections, a Lua script cycling the paths.
/// </summary>
public sealed partial class Wrk
{
    private readonly string path;

    private Wrk(string path) => this.path = path;

    public static Wrk? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "wrk")).Where(File.Exists).Select(p => new Wrk(p)).FirstOrDefault();

    /// <summary>A script that sends GET to each of <paramref name="paths"/> in turn.</summary>
    public static string Script(IReadOnlyList<string> paths)
    {
        var lua = new StringBuilder("local paths = {\n");
        foreach (var p in paths) lua.Append("  \"").Append(p).Append("\",\n");
        lua.Append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        var file = Path.Combine(Path.GetTempPath(), $"grid-bench-{Guid.NewGuid():N}.lua");
        File.WriteAllText(file, lua.ToString());
        return file;
    }

    public async Task<Sample> Run(Uri baseAddress, string apiKey, string script, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t1", $"-c{connections}", $"-d{Math.Max(1, (int)Math.Round(duration.TotalSeconds))}s", "--latency",
                     "-H", $"X-Api-Key: {apiKey}", "-s", script, baseAddress.ToString() })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rate = RequestsPerSecond().Match(output);
        if (process.ExitCode != 0 || !rate.Success) throw new InvalidOperationException($"wrk failed:{Environment.NewLine}{output}");
        if (Non2xx().Match(output) is { Success: true } bad) throw new InvalidOperationException($"wrk saw {bad.Groups[1].Value} answers that were not 2xx");
        return new Sample(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), Latency(output, "50"), Latency(output, "99"),
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static double Latency(string output, string percentile)
    {
        var m = Regex.Match(output, $@"^\s*{percentile}(?:\.000)?%\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success) return double.NaN;
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"([0-9]+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex Non2xx();
}
