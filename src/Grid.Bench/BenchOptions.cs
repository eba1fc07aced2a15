using System.Globalization;

namespace Grid.Bench;

/// <summary>
/// The bench's sizes, all settable as `--name value`. The defaults finish in under five minutes on two cores;
/// `--sizes 10000,100000,1000000` adds the million-listing step of issue 5, some minutes more (see README.md).
/// </summary>
public sealed record BenchOptions
{
    public string[] Suites { get; init; } = ["http", "orleans", "takedown", "scale", "history", "queue"];
    public string[] Modes { get; init; } = ["memory", "postgres"];
    public int Rounds { get; init; } = 5;
    public double Seconds { get; init; } = 1.0;
    public int Listings { get; init; } = 10_000;
    public int HttpCallers { get; init; } = 64;
    public int GrainCallers { get; init; } = 256;
    public int BatchCallers { get; init; } = 32;
    public int TakedownCallers { get; init; } = 64;
    public int TakedownsPerRound { get; init; } = 3_000;
    public int PostgresTakedownsPerRound { get; init; } = 600;
    public int Brands { get; init; } = 100;
    public int Sellers { get; init; } = 2_000;
    public double ZipfExponent { get; init; } = 1.1;
    public int[] Sizes { get; init; } = [10_000, 100_000];
    public int HistoryCases { get; init; } = 10_000;
    public int PgbenchClients { get; init; } = 8;
    public int OpenCases { get; init; } = 1_000;
    public string Out { get; init; } = "bench/results";

    public TimeSpan RunTime => TimeSpan.FromSeconds(Seconds);
    public bool Has(string suite) => Suites.Contains(suite);

    public static readonly string Usage = """
        dotnet run -c Release --project src/Grid.Bench -- [--name value ...]
          --suites http,orleans,takedown,scale,history,queue   what to run (default: all)
          --modes memory,postgres       storage modes for the takedown suite (default: both; the rest run in memory)
          --rounds 5  --seconds 1       rounds after a warm-up, and seconds per workload per round
          --listings 10000              catalog the status checks read
          --http-callers 64 --grain-callers 256 --batch-callers 32 --takedown-callers 64
          --takedowns-per-round 3000 --postgres-takedowns-per-round 600
          --brands 100 --sellers 2000 --zipf-exponent 1.1
          --sizes 10000,100000          active listings for memory and growth (add 1000000 for the million step)
          --history-cases 10000         strikes on the long-history seller (issue 5's figure; built in seconds)
          --pgbench-clients 8  --open-cases 1000  --out bench/results
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        if (args.Length % 2 != 0) throw new ArgumentException($"Every option takes a value.{Environment.NewLine}{Usage}");
        for (var i = 0; i < args.Length; i += 2)
        {
            var v = args[i + 1];
            o = args[i] switch
            {
                "--suites" => o with { Suites = List(v) },
                "--modes" => o with { Modes = List(v) },
                "--rounds" => o with { Rounds = Int(v) },
                "--seconds" => o with { Seconds = double.Parse(v, CultureInfo.InvariantCulture) },
                "--listings" => o with { Listings = Int(v) },
                "--http-callers" => o with { HttpCallers = Int(v) },
                "--grain-callers" => o with { GrainCallers = Int(v) },
                "--batch-callers" => o with { BatchCallers = Int(v) },
                "--takedown-callers" => o with { TakedownCallers = Int(v) },
                "--takedowns-per-round" => o with { TakedownsPerRound = Int(v) },
                "--postgres-takedowns-per-round" => o with { PostgresTakedownsPerRound = Int(v) },
                "--brands" => o with { Brands = Int(v) },
                "--sellers" => o with { Sellers = Int(v) },
                "--zipf-exponent" => o with { ZipfExponent = double.Parse(v, CultureInfo.InvariantCulture) },
                "--sizes" => o with { Sizes = [.. List(v).Select(Int).Order()] },
                "--history-cases" => o with { HistoryCases = Int(v) },
                "--pgbench-clients" => o with { PgbenchClients = Int(v) },
                "--open-cases" => o with { OpenCases = Int(v) },
                "--out" => o with { Out = v },
                _ => throw new ArgumentException($"Unknown option {args[i]}.{Environment.NewLine}{Usage}"),
            };
        }
        return o;
    }

    private static int Int(string value) => int.Parse(value.Replace("_", ""), CultureInfo.InvariantCulture);
    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
