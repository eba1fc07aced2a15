using Grid.Bench.Load;

namespace Grid.Bench.Measure;

/// <summary>
/// One thing measured, once per round. <paramref name="Baseline"/> names the workload of the same suite it is
/// compared with, round by round; <paramref name="Run"/> is told the round (0-based; -1 for the warm-up).
/// </summary>
public sealed record Workload(string Name, string Unit, string What, Func<int, Task<Sample>> Run, string? Baseline = null);
