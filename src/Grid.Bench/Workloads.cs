using System.Diagnostics;
using System.Net.Http.Json;
using Grid.Contracts.Brands;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;

namespace Grid.Bench;

public sealed record Measurement(string Name, string What, double[] MicrosPerOp);

/// <summary>The workloads, each run once per round, interleaved so drift in machine load hits them all alike.</summary>
public sealed class Workloads(BenchRig rig, BenchOptions options)
{
    public const string Baseline = "grain-status";
    private const string Brand = "bench-brand";
    private const string Right = "TM-BENCH-1";

    private string[] open = [];
    private string[] blocked = [];
    private string[] fresh = [];
    private int nextFresh;

    public async Task<IReadOnlyList<Measurement>> RunAsync()
    {
        await Seed();
        var frontend = rig.Http(BenchRig.FrontendKey);
        var brand = rig.Http(BenchRig.Key);
        var queue = new QueueWorkloads(rig, options);
        await queue.Seed(brand);
        var ops = options.OpsPerRound;
        var batch = 500;

        (string Name, string What, int Ops, Func<int, Task> Op)[] workloads =
        [
            (Baseline, "IListingGrain.GetStatus through the cluster client, open listing", ops,
                i => rig.Client.GetGrain<IListingGrain>(open[i % open.Length]).GetStatus().AsTask()),
            ("grain-status-blocked", "the same, listing of a suspended seller with its own takedown", ops,
                i => rig.Client.GetGrain<IListingGrain>(blocked[i % blocked.Length]).GetStatus().AsTask()),
            ("http-status", "GET /v1/listings/{id}/status over loopback HTTP", ops,
                i => frontend.GetStringAsync($"/v1/listings/{open[i % open.Length]}/status")),
            ("http-batch-per-id", "POST /v1/listings/status:batch, 500 ids; cost per id", Math.Max(1, ops / batch),
                i => PostBatch(frontend, i, batch)),
            ("http-takedown", "POST /v1/complaints, good-faith: block + strike + events", Math.Max(1, ops / 4),
                _ => FileComplaint(brand)),
            .. queue.All(brand),
        ];

        var samples = workloads.ToDictionary(w => w.Name, _ => new List<double>());
        foreach (var w in workloads) await Run(w.Op, Math.Min(w.Ops, 200)); // warm-up: JIT, activations, connections
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var w in workloads)
            {
                var elapsed = await Run(w.Op, w.Ops);
                var perOp = w.Name == "http-batch-per-id" ? w.Ops * batch : w.Ops;
                samples[w.Name].Add(elapsed.TotalMicroseconds / perOp);
            }
        }
        return [.. workloads.Select(w => new Measurement(w.Name, w.What, [.. samples[w.Name]]))];
    }

    private async Task<TimeSpan> Run(Func<int, Task> op, int count)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await op(i);
        }));
        return clock.Elapsed;
    }

    private async Task PostBatch(HttpClient http, int i, int size)
    {
        var ids = Enumerable.Range(i * size, size).Select(k => open[k % open.Length]).ToArray();
        using var response = await http.PostAsJsonAsync("/v1/listings/status:batch", new { listingIds = ids });
        response.EnsureSuccessStatusCode();
    }

    private async Task FileComplaint(HttpClient http)
    {
        var listingId = fresh[Interlocked.Increment(ref nextFresh) % fresh.Length];
        using var response = await http.PostAsJsonAsync("/v1/complaints", new
        {
            brandId = Brand, listingId, right = new { type = "trademark", registrationNumber = Right },
            kind = "counterfeit", evidence = new[] { "bench" }, language = "en",
        });
        if ((int)response.StatusCode is not (200 or 201)) throw new InvalidOperationException($"complaint: {(int)response.StatusCode}");
    }

    /// <summary>Open listings, listings of suspended sellers, and a pool of fresh listings to take down.</summary>
    private async Task Seed()
    {
        var grains = rig.Client;
        await grains.GetGrain<IBrandGrain>(Brand).Register(new BrandProfile("Bench", [new IpRight(RightType.Trademark, Right)], ProgramTier.GoodFaith));
        var openList = new List<string>();
        var blockedList = new List<string>();
        for (var s = 0; s < options.Sellers; s++)
        {
            var sellerId = $"bench-seller-{s}";
            var suspended = s % 10 == 0;
            var ids = Enumerable.Range(0, options.ListingsPerSeller).Select(l => $"bench-{s}-{l}").ToArray();
            await Task.WhenAll(ids.Select(id => grains.GetGrain<ISellerGrain>(sellerId)
                .RegisterListing(id, new ListingRegistration(sellerId, "taobao", Brand, "bench listing"))));
            (suspended ? blockedList : openList).AddRange(ids);
            if (suspended)
            {
                // Three good-faith takedowns: the seller crosses warning, restriction, suspension.
                foreach (var id in ids.Take(3))
                {
                    var caseId = Guid.NewGuid();
                    var reply = await grains.GetGrain<Grid.Contracts.Cases.ICaseGrain>(caseId).FileComplaint(new(
                        Brand, id, new IpRight(RightType.Trademark, Right), NoticeKind.Counterfeit, ["bench"], Language.En, "bench"));
                    if (reply.Value is null) throw new InvalidOperationException(reply.Error);
                }
            }
        }
        open = [.. openList];
        blocked = [.. blockedList];
        var freshCount = options.OpsPerRound / 4 * (options.Rounds + 1) + 256;
        fresh = [.. Enumerable.Range(0, freshCount).Select(i => $"bench-fresh-{i}")];
        for (var i = 0; i < fresh.Length; i += 500)
        {
            await Task.WhenAll(fresh.Skip(i).Take(500).Select((id, k) =>
            {
                var sellerId = $"bench-fresh-seller-{(i + k) % 1000}";
                return grains.GetGrain<ISellerGrain>(sellerId).RegisterListing(id, new ListingRegistration(sellerId, "tmall", Brand, "fresh"));
            }));
        }
    }
}
