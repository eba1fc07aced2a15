using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;
using Grid.Contracts.Listings;

namespace Grid.Bench.Suites;

/// <summary>
/// Status checks through the Orleans client, as a front-end service inside the cluster asks them, beside a
/// no-op grain call of the same shape and a raw dictionary lookup; and batches of 100 ids beside a no-op batch call.
/// </summary>
public sealed class OrleansSuite(BenchRig rig, StatusCatalog catalog, BenchOptions options)
{
    public const string Dictionary = "dictionary-lookup";
    public const string NoOp = "grain-noop";
    public const string Status = "grain-status";
    public const string HalfPeak = "grain-status-half-peak";
    public const string NoOpBatch = "grain-noop-batch100";
    public const string Batch = "grain-status-batch100";
    private const int BatchSize = 100;

    private double peak;

    public Task<IReadOnlyList<Figure>> RunAsync()
    {
        EchoAnswers.Fill(catalog.Ids);
        var ids = catalog.Ids;
        var lookup = EchoAnswers.ById;
        var grains = rig.Client;
        var batches = Enumerable.Range(0, 256).Select(b => Enumerable.Range(b * BatchSize, BatchSize).Select(k => ids[k % ids.Length]).ToArray()).ToArray();
        var time = options.RunTime;
        var callers = options.GrainCallers;
        var batchCallers = options.BatchCallers;

        Workload[] workloads =
        [
            new(Dictionary, "checks/s", $"Dictionary<string, ListingStatus> lookup in process, one thread per core",
                round => Task.FromResult(LoadRunner.TightLoop(i => lookup.TryGetValue(ids[i % ids.Length], out var _), time))),
            new(NoOp, "calls/s", $"bench IEchoGrain.GetStatus: a dictionary lookup behind the status call's shape; {callers} callers",
                _ => LoadRunner.ClosedLoop(i => Discard(grains.GetGrain<IEchoGrain>(ids[i % ids.Length]).GetStatus()), callers, time)),
            new(Status, "checks/s", $"IListingGrain.GetStatus through the silo's client, {ids.Length:N0} listings; {callers} callers",
                async _ => Remember(await LoadRunner.ClosedLoop(i => Discard(grains.GetGrain<IListingGrain>(ids[i % ids.Length]).GetStatus()), callers, time)), NoOp),
            // A closed loop at saturation times only the calls that got a thread, not the callers waiting for one: the
            // latency a front end sees is measured paced, from each call's release.
            new(HalfPeak, "checks/s", "the same, paced at half the round's peak; latency from release, queueing included",
                _ => LoadRunner.Paced(i => Discard(grains.GetGrain<IListingGrain>(ids[i % ids.Length]).GetStatus()), peak / 2, callers, time)),
            new(NoOpBatch, "checks/s", $"bench IEchoBatchGrain (stateless worker): one call, {BatchSize} dictionary lookups; {batchCallers} callers",
                _ => LoadRunner.ClosedLoop(i => Discard(grains.GetGrain<IEchoBatchGrain>(0).GetStatuses(batches[i % batches.Length])), batchCallers, time, itemsPerCall: BatchSize)),
            new(Batch, "checks/s", $"IListingStatusReader.GetStatuses (stateless worker reading the silo's board), {BatchSize} ids per call; {batchCallers} callers",
                _ => LoadRunner.ClosedLoop(i => StatusBatch(grains, batches[i % batches.Length]), batchCallers, time, itemsPerCall: BatchSize), NoOpBatch),
        ];
        return Rounds.Run("orleans", workloads, options.Rounds);
    }

    private Sample Remember(Sample s)
    {
        peak = s.PerSecond;
        return s;
    }

    private static async ValueTask Discard<T>(ValueTask<T> call) => await call;

    private static async ValueTask StatusBatch(IGrainFactory grains, string[] ids) => await grains.GetListingStatuses(ids);
}
