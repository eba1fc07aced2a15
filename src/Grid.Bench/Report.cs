namespace Grid.Bench;

public static class Report
{
    public static void Print(IReadOnlyList<Measurement> results, BenchOptions options)
    {
        var baseline = Median(results.Single(r => r.Name == Workloads.Baseline).MicrosPerOp);
        Console.WriteLine($"Grid.Bench: {options.Rounds} rounds, concurrency {options.Concurrency}, " +
                          $"{options.Sellers * options.ListingsPerSeller} seeded listings, {Environment.ProcessorCount} cores");
        Console.WriteLine($"baseline = {Workloads.Baseline}; ratio = median µs/op of the workload / median µs/op of the baseline (same run)");
        Console.WriteLine();
        Console.WriteLine("| workload | ratio to baseline | median µs/op (this run only) | spread of rounds | what |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var median = Median(r.MicrosPerOp);
            var spread = (r.MicrosPerOp.Max() - r.MicrosPerOp.Min()) / median;
            Console.WriteLine($"| {r.Name} | {median / baseline:0.00}x | {median:0.0} | ±{spread / 2:P0} | {r.What} |");
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
