using System.Collections.Concurrent;
using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;
using Grid.Contracts.Brands;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Silo.Hosting;

namespace Grid.Bench.Suites;

/// <summary>
/// Good-faith takedowns end to end (case opened, listing blocked, seller struck, brand's events logged), many at
/// once, by many brands against many sellers, both drawn from a Zipf distribution. Baselines: one grain state
/// write in the same storage, and in Postgres mode pgbench's built-in script on the same server.
/// </summary>
public sealed class TakedownSuite(BenchRig rig, LocalPostgres? postgres, string? pgbenchDatabase, BenchOptions options)
{
    public const string Write = "grain-write";
    public const string Takedown = "takedown";
    public const string Pgbench = "pgbench";

    private readonly ConcurrentBag<(Guid CaseId, string ListingId, string SellerId, string BrandId)> done = [];
    private (string ListingId, string SellerId, string BrandId)[] pool = [];
    private int next = -1;

    public string Suite => $"takedown-{rig.Mode.ToString().ToLowerInvariant()}";
    private bool Postgres => rig.Mode == GridStorageMode.Postgres;
    private int PerRound => Postgres ? options.PostgresTakedownsPerRound : options.TakedownsPerRound;

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        await Seed();
        var grains = rig.Client;
        var callers = options.TakedownCallers;
        var time = options.RunTime;
        var writeBaseline = Postgres ? Pgbench : null;
        var takedownBaseline = Postgres ? Pgbench : Write;
        var workloads = new List<Workload>();
        if (Postgres)
        {
            workloads.Add(new(Pgbench, "tx/s", $"pgbench's built-in TPC-B-like script, {options.PgbenchClients} clients, same server (fsync, synchronous_commit on)",
                async _ => new Sample(await postgres!.PgbenchAsync(pgbenchDatabase!, options.PgbenchClients, time), double.NaN, double.NaN, 0)));
        }
        workloads.Add(new(Write, "writes/s", $"one grain state write to the Grid's storage ({rig.Mode}), 4,096 grains; {callers} callers",
            _ => LoadRunner.ClosedLoop(i => new ValueTask(grains.GetGrain<IWriteGrain>(i % 4096).Write(i)), callers, time), writeBaseline));
        workloads.Add(new(Takedown, "takedowns/s",
            $"good-faith complaint -> blocked + strike + events; {options.Brands} brands x {options.Sellers} sellers, Zipf s={options.ZipfExponent}; {callers} callers",
            round => LoadRunner.ClosedLoop(_ => TakeDownNext(), callers, time, maxCalls: round < 0 ? PerRound / 4 : PerRound), takedownBaseline));
        var figures = await Rounds.Run(Suite, workloads, options.Rounds);
        await Verify();
        return figures;
    }

    private async ValueTask TakeDownNext()
    {
        var (listingId, sellerId, brandId) = pool[Interlocked.Increment(ref next)];
        var caseId = await Catalog.TakeDown(rig.Client, brandId, listingId);
        done.Add((caseId, listingId, sellerId, brandId));
    }

    private async Task Seed()
    {
        var started = DateTime.UtcNow;
        var brands = new Zipf(options.Brands, options.ZipfExponent, seed: 1);
        var sellers = new Zipf(options.Sellers, options.ZipfExponent, seed: 2);
        var prefix = Postgres ? "tdp" : "tdm";
        pool = [.. Enumerable.Range(0, PerRound * (options.Rounds + 1))
            .Select(i => ($"{prefix}-{i}", $"{prefix}-seller-{sellers.Next()}", $"{prefix}-brand-{brands.Next()}"))];
        await Catalog.RegisterBrands(rig.Client, Enumerable.Range(0, options.Brands).Select(b => $"{prefix}-brand-{b}"), ProgramTier.GoodFaith);
        await Catalog.RegisterListings(rig.Client, pool.Select(p => (p.ListingId, p.SellerId)), Postgres ? 64 : 256);
        Console.WriteLine($"  [{Suite}] seeded {pool.Length:N0} listings for takedown in {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }

    /// <summary>Every takedown counted above really happened: a sample is blocked and struck, and each brand logged an event per takedown.</summary>
    private async Task Verify()
    {
        var grains = rig.Client;
        var sample = done.Take(200).ToArray();
        foreach (var (caseId, listingId, sellerId, _) in sample)
        {
            if (!(await grains.GetGrain<IListingGrain>(listingId).GetStatus()).Blocked)
                throw new InvalidOperationException($"listing {listingId} is not blocked after case {caseId}");
            if (!(await grains.GetGrain<ISellerGrain>(sellerId).GetStruckBy()).Contains(caseId))
                throw new InvalidOperationException($"seller {sellerId} has no strike for case {caseId}");
        }
        foreach (var brand in done.GroupBy(d => d.BrandId))
        {
            var events = await grains.GetGrain<IBrandGrain>(brand.Key).GetLastEventSequence();
            if (events < brand.Count())
                throw new InvalidOperationException($"brand {brand.Key} logged {events} events for {brand.Count()} takedowns");
        }
        Console.WriteLine($"  [{Suite}] verified: {sample.Length} sampled takedowns blocked and struck; events logged for all {done.Count:N0}");
    }
}
