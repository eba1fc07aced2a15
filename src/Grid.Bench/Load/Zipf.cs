namespace Grid.Bench.Load;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few brands file most complaints and a few
/// sellers draw most of them, as on a real marketplace. Seeded, so every run draws the same sequence.
/// </summary>
public sealed class Zipf
{
    private readonly double[] cumulative;
    private readonly Random random;

    public Zipf(int n, double s, int seed)
    {
        cumulative = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++) cumulative[k] = sum += 1.0 / Math.Pow(k + 1, s);
        for (var k = 0; k < n; k++) cumulative[k] /= sum;
        random = new Random(seed);
    }

    public int Next()
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(cumulative.Length - 1, index < 0 ? ~index : index);
    }
}
