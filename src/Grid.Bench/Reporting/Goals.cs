using System.Globalization;
using Grid.Bench.Measure;
using Grid.Bench.Suites;

namespace Grid.Bench.Reporting;

/// <summary>A goal of issue 5 and where this run stands against it; Met is null when the run did not measure it.</summary>
public sealed record GoalResult(string Goal, string Measured, bool? Met);

/// <summary>The goals of issue 5, judged from the figures of one run. Benchmarks, not tests: a goal not met fails nothing.</summary>
public static class Goals
{
    public static IReadOnlyList<GoalResult> Judge(IReadOnlyList<Figure> figures, BenchOptions options)
    {
        Figure? F(string suite, string name) => figures.FirstOrDefault(f => f.Suite == suite && f.Name == name);
        var largest = options.Sizes[^1];
        var million = 1_000_000;
        var heap = F("scale", ScaleSuite.HeapAt(million)) ?? F("scale", ScaleSuite.HeapAt(largest));
        // Short of a measured million: the empty silo plus the activations of the largest size, scaled up.
        var empty = F("scale", ScaleSuite.HeapEmpty)?.Value ?? 0;
        var heapAtMillion = heap is null ? (double?)null
            : heap.Name == ScaleSuite.HeapAt(million) ? heap.Value : empty + (heap.Value - empty) * million / largest;
        return
        [
            Ratio("HTTP status >= 0.7x constant-JSON req/s", F("http", HttpSuite.Status), 0.7),
            Ratio("HTTP status >= 0.7x constant-JSON req/s, load from wrk", F("http", HttpSuite.WrkStatus), 0.7),
            Below("HTTP status p99 < 5 ms at half of peak", F("http", HttpSuite.HalfPeak)?.P99Ms, 5, "ms"),
            Ratio("Orleans-client status >= 0.8x no-op grain call", F("orleans", OrleansSuite.Status), 0.8),
            Below("Orleans-client status p99 < 2 ms (paced at half of peak)", F("orleans", OrleansSuite.HalfPeak)?.P99Ms, 2, "ms"),
            AtLeast("Orleans-client batches of 100 >= 2,000,000 checks/s", F("orleans", OrleansSuite.Batch)?.Value, 2_000_000, "checks/s"),
            AtLeast("Takedowns >= 20,000/s in Memory mode", F("takedown-memory", TakedownSuite.Takedown)?.Value, 20_000, "takedowns/s"),
            Ratio("Takedowns in Postgres mode >= 0.3x pgbench TPS", F("takedown-postgres", TakedownSuite.Takedown), 0.3),
            Below(heap?.Name == ScaleSuite.HeapAt(million) ? "1M active listings < 3 GiB managed heap" : $"1M active listings < 3 GiB managed heap (extrapolated from {largest:N0})",
                heapAtMillion / 1024, 3, "GiB"),
            Growth($"status p99 at {largest:N0} within 1.5x of {options.Sizes[0]:N0}", F("scale", ScaleSuite.StatusAt(largest)), options.Sizes.Length > 1),
            Ratio($"a seller with {options.HistoryCases:N0} cases strikes as fast as one with 10 (>= 0.67x: within 1.5x)",
                F("history", HistorySuite.Long(options.HistoryCases)), 0.67),
        ];
    }

    private static GoalResult Ratio(string goal, Figure? f, double min) => f?.Ratio is { } r
        ? new(goal, $"{r.ToString("0.00", CultureInfo.InvariantCulture)}x", r >= min)
        : new(goal, "not measured", null);

    private static GoalResult Below(string goal, double? value, double max, string unit) => value is { } v
        ? new(goal, $"{v.ToString("0.00", CultureInfo.InvariantCulture)} {unit}", v < max)
        : new(goal, "not measured", null);

    private static GoalResult AtLeast(string goal, double? value, double min, string unit) => value is { } v
        ? new(goal, $"{v.ToString("N0", CultureInfo.InvariantCulture)} {unit}", v >= min)
        : new(goal, "not measured", null);

    private static GoalResult Growth(string goal, Figure? f, bool measured) => measured && f?.Ratio is { } r
        ? new(goal, $"{r.ToString("0.00", CultureInfo.InvariantCulture)}x ({f.Value.ToString("0.00", CultureInfo.InvariantCulture)} ms)", r <= 1.5)
        : new(goal, "not measured", null);
}
