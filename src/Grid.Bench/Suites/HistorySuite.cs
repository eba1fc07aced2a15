using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;
using Grid.Contracts.Sellers;

namespace Grid.Bench.Suites;

/// <summary>
/// A seller's history as it grows: a new strike on a seller with 10 cases behind it, and on one with
/// --history-cases (10,000) behind it, one strike at a time, interleaved round by round. The strikes go
/// straight to the seller grain (no case each), so building the long history takes seconds.
/// </summary>
public sealed class HistorySuite(BenchRig rig, BenchOptions options)
{
    public const string Short = "strike-after-10";
    public static string Long(int cases) => $"strike-after-{cases}";
    private const int StrikesPerRound = 40;

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var grains = rig.Client;
        var shortSeller = grains.GetGrain<ISellerGrain>("history-short");
        var longSeller = grains.GetGrain<ISellerGrain>("history-long");
        var started = DateTime.UtcNow;
        await Build(shortSeller, 10);
        await Build(longSeller, options.HistoryCases);
        Console.WriteLine($"  [history] built histories of 10 and {options.HistoryCases:N0} strikes in {(DateTime.UtcNow - started).TotalSeconds:0} s");

        Workload[] workloads =
        [
            new(Short, "strikes/s", "a new strike (ISellerGrain.AddStrike) on a seller with 10 strikes, one at a time",
                _ => LoadRunner.ClosedLoop(_ => Strike(shortSeller), 1, options.RunTime * 4, StrikesPerRound)),
            new(Long(options.HistoryCases), "strikes/s", $"the same on a seller with {options.HistoryCases:N0} strikes",
                _ => LoadRunner.ClosedLoop(_ => Strike(longSeller), 1, options.RunTime * 4, StrikesPerRound), Short),
        ];
        return await Rounds.Run("history", workloads, options.Rounds);
    }

    private static Task Build(ISellerGrain seller, int strikes) =>
        Catalog.ForAll(Enumerable.Range(0, strikes), 8, _ => Strike(seller).AsTask());

    private static async ValueTask Strike(ISellerGrain seller)
    {
        var caseId = Guid.NewGuid();
        await seller.AddStrike(new StrikeCommand(caseId, $"history-listing-{caseId:N}", null));
    }
}
