using Grid.Bench.Load;

namespace Grid.Bench.Measure;

/// <summary>
/// Runs a suite's workloads interleaved: a warm-up of each, then round after round of all of them, so drift in
/// the load of this shared machine hits a workload and its baseline alike.
/// </summary>
public static class Rounds
{
    public static async Task<IReadOnlyList<Figure>> Run(string suite, IReadOnlyList<Workload> workloads, int rounds)
    {
        foreach (var w in workloads)
        {
            Console.WriteLine($"  [{suite}] warm-up {w.Name}");
            await w.Run(-1);
        }
        var samples = workloads.ToDictionary(w => w.Name, _ => new List<Sample>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var w in workloads)
            {
                var s = await w.Run(round);
                samples[w.Name].Add(s);
                Console.WriteLine($"  [{suite}] round {round + 1}/{rounds} {w.Name}: {s.PerSecond:N0} {w.Unit}, p50 {s.P50Ms:0.000} ms, p99 {s.P99Ms:0.000} ms");
            }
        }
        return [.. workloads.Select(w => ToFigure(suite, w, samples[w.Name], w.Baseline is { } b ? samples[b] : null))];
    }

    public static Figure ToFigure(string suite, Workload w, IReadOnlyList<Sample> rounds, IReadOnlyList<Sample>? baseline)
    {
        var values = rounds.Select(s => s.PerSecond).ToArray();
        var median = Median(values);
        double? ratio = baseline is null ? null : Median([.. rounds.Select((s, i) => s.PerSecond / baseline[i].PerSecond)]);
        return new Figure(suite, w.Name, w.Unit, w.What, median, Spread(values, median),
            NullIfNaN(Median([.. rounds.Select(s => s.P50Ms)])), NullIfNaN(Median([.. rounds.Select(s => s.P99Ms)])),
            w.Baseline, ratio, rounds.Count);
    }

    public static double Median(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Half the range of the rounds, as a share of the median: ±5% means the rounds lay within 5% of it.</summary>
    public static double Spread(double[] values, double median) =>
        values.Length < 2 || median == 0 ? 0 : (values.Max() - values.Min()) / 2 / median;

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
