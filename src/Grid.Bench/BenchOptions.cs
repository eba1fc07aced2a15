namespace Grid.Bench;

public sealed record BenchOptions(int Sellers, int ListingsPerSeller, int Rounds, int OpsPerRound, int Concurrency, int OpenCases)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(Sellers: 50, ListingsPerSeller: 100, Rounds: 5, OpsPerRound: 4000, Concurrency: 32, OpenCases: 20_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1]);
            o = args[i] switch
            {
                "--sellers" => o with { Sellers = value },
                "--listings-per-seller" => o with { ListingsPerSeller = value },
                "--rounds" => o with { Rounds = value },
                "--ops" => o with { OpsPerRound = value },
                "--concurrency" => o with { Concurrency = value },
                "--open-cases" => o with { OpenCases = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; known: --sellers --listings-per-seller --rounds --ops --concurrency --open-cases"),
            };
        }
        return o;
    }
}
