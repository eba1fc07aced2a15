namespace Grid.Bench.Load;

/// <summary>
/// What one run of a workload did: items per second (an item is one status check, one takedown, one request),
/// and the latency of its calls. NaN latencies: the run timed no single call (a tight in-process loop).
/// </summary>
public sealed record Sample(double PerSecond, double P50Ms, double P99Ms, long Calls)
{
    public static Sample From(long calls, int itemsPerCall, TimeSpan elapsed, long[] latencyTicks)
    {
        Array.Sort(latencyTicks);
        return new Sample(calls * itemsPerCall / elapsed.TotalSeconds, Percentile(latencyTicks, 0.50), Percentile(latencyTicks, 0.99), calls);
    }

    private static double Percentile(long[] sortedTicks, double q)
    {
        if (sortedTicks.Length == 0) return double.NaN;
        var index = (int)Math.Min(sortedTicks.Length - 1, Math.Ceiling(q * sortedTicks.Length) - 1);
        return sortedTicks[Math.Max(0, index)] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }
}
