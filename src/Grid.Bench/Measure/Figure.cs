namespace Grid.Bench.Measure;

/// <summary>
/// One line of the report: the median over rounds of a figure, how far the rounds spread around it, its
/// latencies, and its ratio to the baseline measured in the same rounds (the median of the per-round ratios).
/// </summary>
public sealed record Figure(
    string Suite,
    string Name,
    string Unit,
    string What,
    double Value,
    double Spread,
    double? P50Ms,
    double? P99Ms,
    string? Baseline,
    double? Ratio,
    int Rounds);
