using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grid.Bench.Measure;

namespace Grid.Bench.Reporting;

/// <summary>One run's report: on the console, and as JSON and Markdown under --out.</summary>
public sealed record BenchReport(DateTimeOffset At, Machine Machine, BenchOptions Options, IReadOnlyList<Figure> Figures, IReadOnlyList<GoalResult> Goals);

public sealed record Machine(int Cores, string Cpu, double MemoryGiB, string Os, string Runtime, string Gc, string Commit)
{
    public static Machine Current(string commit) => new(
        Environment.ProcessorCount,
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?",
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        commit);

    public override string ToString() =>
        $"{Cores} cores ({Cpu}), {MemoryGiB} GiB, {Os}, {Runtime}, {Gc} GC, commit {Commit}; shared with other work";
}

public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Markdown(BenchReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Grid.Bench, {report.At:yyyy-MM-dd HH:mm} UTC. Machine: {report.Machine}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"{report.Options.Rounds} rounds of {report.Options.Seconds} s after a warm-up; value = median of the rounds, spread = half their range; ratio = median of the per-round ratios to the baseline measured in the same rounds. Load generator: in-repo HttpClient/SocketsHttpHandler, same process.");
        md.AppendLine();
        md.AppendLine("| goal (issue 5) | measured | met |");
        md.AppendLine("|---|---:|---|");
        foreach (var g in report.Goals)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {g.Goal} | {g.Measured} | {(g.Met is null ? "-" : g.Met.Value ? "met" : "not met")} |");
        md.AppendLine();
        md.AppendLine("| suite | figure | value | unit | spread | p50 ms | p99 ms | baseline | ratio | what |");
        md.AppendLine("|---|---|---:|---|---:|---:|---:|---|---:|---|");
        foreach (var f in report.Figures)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Suite} | {f.Name} | {Value(f.Value)} | {f.Unit} | ±{f.Spread:P0} | {Ms(f.P50Ms)} | {Ms(f.P99Ms)} | {f.Baseline ?? ""} | {(f.Ratio is { } r ? $"{r:0.00}x" : "")} | {f.What} |");
        }
        return md.ToString();
    }

    public static async Task<string> WriteAsync(BenchReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"{report.At:yyyy-MM-dd-HHmm}-{string.Join("-", report.Options.Suites.Order())}");
        await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(report, Json));
        await File.WriteAllTextAsync(stem + ".md", Markdown(report));
        return stem;
    }

    private static string Value(double v) => double.IsNaN(v) ? "" : v >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Ms(double? v) => v is { } ms ? ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) : "";
}
