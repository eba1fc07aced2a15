using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Grains.Listings;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Bench.Suites;

/// <summary>
/// Memory and growth, on a silo of its own: the catalog grows step by step (--sizes), 100 listings per seller, and
/// at each step the heap is weighed, then status and takedown latency measured. Memory mode keeps a copy of every
/// state in its storage grains, which a production silo (Postgres) does not: so the bench weighs the heap with
/// every grain active, deactivates them all (leaving only the storage copies), and weighs again as it wakes the
/// listings, then the sellers. The differences are what one activation of each costs.
/// </summary>
public sealed class ScaleSuite(BenchRig rig, BenchOptions options)
{
    private const int PerSeller = 100;
    private const int Brands = 10;
    private const int Callers = 16;
    private readonly HashSet<int> takenDown = [];
    private readonly Random random = new(11);

    public static string Bytes(string grain, int size) => $"bytes-per-{grain}@{size}";
    public static string HeapAt(int size) => $"heap@{size}";
    public const string HeapEmpty = "heap-empty";
    public static string StatusAt(int size) => $"status-p99@{size}";
    public static string TakedownAt(int size) => $"takedown-p99@{size}";

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var grains = rig.Client;
        await Catalog.RegisterBrands(grains, Enumerable.Range(0, Brands).Select(b => $"scale-brand-{b}"), ProgramTier.GoodFaith);
        var empty = Heap.Live();
        var figures = new List<Figure> { Memory(HeapEmpty, empty / 1048576.0, "MiB", "managed heap of the silo before the catalog: the fixed cost under every size") };
        var registered = 0;
        var first = options.Sizes[0];
        foreach (var size in options.Sizes)
        {
            var started = DateTime.UtcNow;
            await Catalog.RegisterListings(grains, Enumerable.Range(registered, size - registered).Select(i => (Listing(i), Seller(i))), 512);
            registered = size;
            Console.WriteLine($"  [scale] {size:N0} listings registered ({(DateTime.UtcNow - started).TotalSeconds:0} s)");
            figures.AddRange(await Weigh(size, empty));
            figures.AddRange(await Growth(size, first));
        }
        return figures;
    }

    private static string Listing(int i) => $"scale-{i}";
    private static string Seller(int i) => $"scale-seller-{i / PerSeller}";

    private async Task<IEnumerable<Figure>> Weigh(int size, long empty)
    {
        var grains = rig.Client;
        var management = grains.GetGrain<IManagementGrain>(0);
        var active = Heap.Live();
        await DeactivateAll(management);
        var storageOnly = Heap.Live();
        var sellers = (size + PerSeller - 1) / PerSeller;
        await Catalog.ForAll(Enumerable.Range(0, size), 512, async i => await grains.GetGrain<IListingGrain>(Listing(i)).GetStatus());
        var listingsAwake = Heap.Live();
        await Catalog.ForAll(Enumerable.Range(0, sellers), 256, i => grains.GetGrain<ISellerGrain>(Seller(i * PerSeller)).GetView());
        var sellersAwake = Heap.Live();

        var perListing = (double)(listingsAwake - storageOnly) / size;
        var perSeller = (double)(sellersAwake - listingsAwake) / sellers;
        // What a production silo would hold: the empty silo plus the activations, without Memory mode's storage copies.
        var silo = empty + (sellersAwake - storageOnly);
        Console.WriteLine($"  [scale] {size:N0}: heap {Mib(active)} MiB all active, {Mib(storageOnly)} MiB storage only; " +
                          $"{perListing:N0} B/listing, {perSeller:N0} B/seller ({PerSeller} listings), silo without storage copies {Mib(silo)} MiB");
        return
        [
            Memory(Bytes("listing", size), perListing, "B", $"heap per active listing grain, {size:N0} active (GC heap after full collection / count)"),
            Memory(Bytes("seller", size), perSeller, "B", $"heap per active seller grain holding {PerSeller} listings, {size / PerSeller:N0} active"),
            Memory(HeapAt(size), silo / 1048576.0, "MiB", $"managed heap of the silo with {size:N0} listings and {sellers:N0} sellers active, Memory mode's storage copies excluded"),
        ];
    }

    /// <summary>
    /// Deactivates every idle grain. A million take longer than a grain call may wait for its answer, so the bench
    /// then watches the board (each listing leaves it as it deactivates) and the silo's count settle.
    /// </summary>
    private async Task DeactivateAll(IManagementGrain management)
    {
        try
        {
            await management.ForceActivationCollection(TimeSpan.Zero);
        }
        catch (TimeoutException)
        {
            // Still collecting: the waits below see it through.
        }
        var board = rig.App.Services.GetRequiredService<ListingStatusBoard>();
        while (board.Count > 0) await Task.Delay(500);
        for (int before = -1, now; ; before = now)
        {
            await Task.Delay(1000);
            now = await management.GetTotalActivationCount();
            if (now == before) break;
        }
    }

    private static Figure Memory(string name, double value, string unit, string what) =>
        new("scale", name, unit, what, value, 0, null, null, null, null, 1);

    private static long Mib(long bytes) => bytes / 1048576;

    /// <summary>Status and takedown latency at this size, interleaved round by round, each against its figure at the first size.</summary>
    private async Task<IEnumerable<Figure>> Growth(int size, int first)
    {
        var grains = rig.Client;
        var ids = Enumerable.Range(0, 1 << 16).Select(_ => Listing(random.Next(size))).ToArray();
        var victims = new List<int>();
        while (victims.Count < 200 * (options.Rounds + 1))
        {
            var i = random.Next(size);
            if (takenDown.Add(i)) victims.Add(i);
        }
        var nextVictim = -1;
        Workload status = new(StatusAt(size), "ms", $"p99 of IListingGrain.GetStatus over {size:N0} active listings, {Callers} callers",
            _ => LoadRunner.ClosedLoop(i => Discard(grains.GetGrain<IListingGrain>(ids[i % ids.Length]).GetStatus()), Callers, options.RunTime));
        Workload takedown = new(TakedownAt(size), "ms", $"p99 of a good-faith takedown with {size:N0} listings active, {Callers} callers",
            round => LoadRunner.ClosedLoop(async _ =>
            {
                var i = victims[Interlocked.Increment(ref nextVictim)];
                await Catalog.TakeDown(grains, $"scale-brand-{i % Brands}", Listing(i));
            }, Callers, options.RunTime * 4, maxCalls: 200));
        var figures = await Rounds.Run("scale", [status, takedown], options.Rounds);
        // The growth figure is the p99; its ratio is to the p99 at the first size.
        return figures.Select(f => f with
        {
            Value = f.P99Ms!.Value,
            Baseline = size == first ? null : (f.Name == status.Name ? StatusAt(first) : TakedownAt(first)),
        });
    }

    private static async ValueTask Discard<T>(ValueTask<T> call) => await call;
}
