using System.Collections.Concurrent;
using System.Diagnostics;
using Grid.Contracts.Cases;
using Grid.Contracts.Events;
using Grid.Contracts.Listings;
using Grid.Contracts.Reports;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Xunit.Abstractions;

namespace Grid.Tests.Postgres;

/// <summary>
/// Three silos on PostgreSQL membership and storage take 5,000 good-faith takedowns at once; one silo is
/// hard-killed in the middle. Nothing acknowledged may be lost, nothing may count twice, and every caller
/// whose call died with the silo may simply send it again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KillASiloTests(PostgresServer server, ITestOutputHelper output)
{
    private const int Brands = 100;
    private const int Sellers = 500;
    private const int ListingsPerSeller = 10;
    private const int Takedowns = Sellers * ListingsPerSeller;
    private const int KillAfterAcknowledged = Takedowns / 4;
    private static readonly TimeSpan KillAfterAtMost = TimeSpan.FromSeconds(15);

    private sealed record Takedown(Guid CaseId, string BrandId, string SellerId, string ListingId);

    [Fact]
    public async Task HardKillingASilo_UnderTakedownLoad_LosesNothing_CountsNothingTwice_AndRetriesAreSafe()
    {
        var database = await server.CreateDatabaseAsync("grid_kill");
        var cluster = await PostgresCluster.StartAsync(database, 3, builder =>
        {
            // Declare a dead silo dead in seconds, not the production default of about a minute.
            builder.ConfigureSilo((_, silo) => silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
            }));
            builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(45)));
        });
        try
        {
            var grains = cluster.Client;
            var prepared = Stopwatch.StartNew();
            var work = await Prepare(grains);
            output.WriteLine($"Prepared {Brands} brands and {Takedowns} listings in {prepared.Elapsed.TotalSeconds:F1} s");

            var acknowledged = new ConcurrentDictionary<Guid, CaseView>();
            var failed = new ConcurrentBag<(Takedown Work, string Error)>();
            var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var victim = cluster.Silos[^1];
            var clock = Stopwatch.StartNew();

            var ackedAtKill = 0;
            var killer = Task.Run(async () =>
            {
                // Mid-load either way: on a slow or busy machine few calls may have been acknowledged by then.
                while (acknowledged.Count < KillAfterAcknowledged && clock.Elapsed < KillAfterAtMost) await Task.Delay(10);
                ackedAtKill = acknowledged.Count;
                await cluster.KillSiloAsync(victim);
                killed.SetResult();
            });
            var load = work.Select(w => Task.Run(async () =>
            {
                try { acknowledged[w.CaseId] = await grains.FileComplaint(w.CaseId, w.BrandId, w.ListingId); }
                catch (Exception ex)
                {
                    if (failed.All(f => f.Error != ex.GetType().Name)) output.WriteLine($"First {ex.GetType().Name}: {ex.Message}");
                    failed.Add((w, ex.GetType().Name));
                }
            })).ToList();
            await Task.WhenAll(load);
            var ackedBeforeKill = 0;
            output.WriteLine($"Load done in {clock.Elapsed.TotalSeconds:F1} s: {acknowledged.Count} acknowledged, {failed.Count} failed "
                + $"({string.Join(", ", failed.GroupBy(f => f.Error).Select(g => $"{g.Key} x{g.Count()}"))})");
            await killed.Task.WaitAsync(TimeSpan.FromMinutes(2));
            await killer;
            var loadSeconds = clock.Elapsed.TotalSeconds;
            ackedBeforeKill = ackedAtKill;

            // Every acknowledged takedown was final when acknowledged.
            Assert.All(acknowledged.Values, c => Assert.Equal(CaseStatus.TakenDown, c.Status));
            var firstTry = acknowledged.Count;
            var failures = failed.GroupBy(f => f.Error).ToDictionary(g => g.Key, g => g.Count());

            // The callers that lost their call with the silo send it again, with the same case id (their Idempotency-Key).
            var retried = 0;
            var pending = failed.Select(f => f.Work).ToList();
            for (var round = 0; round < 10 && pending.Count > 0; round++)
            {
                var stillFailing = new ConcurrentBag<Takedown>();
                await Task.WhenAll(pending.Select(async w =>
                {
                    try
                    {
                        acknowledged[w.CaseId] = await grains.FileComplaint(w.CaseId, w.BrandId, w.ListingId);
                        Interlocked.Increment(ref retried);
                    }
                    catch (Exception) { stillFailing.Add(w); }
                }));
                pending = [.. stillFailing];
                if (pending.Count > 0) await Task.Delay(TimeSpan.FromSeconds(2));
            }
            Assert.Empty(pending);
            Assert.Equal(Takedowns, acknowledged.Count);

            // After recovery: every takedown visible, every case final, one strike per case, one event per takedown.
            var notBlocked = 0;
            var notFinal = 0;
            await ForEach(work, 64, async w =>
            {
                // Blocked, and by this case's takedown (the seller's termination may be the reason it answers first).
                var listing = (await grains.GetGrain<IListingGrain>(w.ListingId).GetView())!;
                if (!listing.Status.Blocked || listing.Takedowns.All(t => t.CaseId != w.CaseId)) Interlocked.Increment(ref notBlocked);
                var view = await grains.GetGrain<ICaseGrain>(w.CaseId).GetView();
                if (view?.Status != CaseStatus.TakenDown) Interlocked.Increment(ref notFinal);
            });
            var strikes = 0;
            var duplicateStrikes = 0;
            var wrongStrikeCounts = 0;
            await ForEach(work.GroupBy(w => w.SellerId).ToList(), 32, async seller =>
            {
                var view = await grains.GetGrain<ISellerGrain>(seller.Key).GetView();
                var cases = view.Strikes.Select(s => s.CaseId).ToList();
                Interlocked.Add(ref strikes, cases.Count);
                Interlocked.Add(ref duplicateStrikes, cases.Count - cases.Distinct().Count());
                if (!cases.ToHashSet().SetEquals(seller.Select(w => w.CaseId))) Interlocked.Increment(ref wrongStrikeCounts);
            });
            var takedownEvents = 0;
            var duplicateEvents = 0;
            var logGaps = 0;
            foreach (var brand in work.GroupBy(w => w.BrandId))
            {
                var log = await ReadLog(grains, brand.Key);
                if (!log.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, log.Count).Select(i => (long)i))) logGaps++;
                var told = log.OfType<ListingTakenDown>().Select(e => e.CaseId).ToList();
                takedownEvents += told.Count;
                duplicateEvents += told.Count - told.Distinct().Count();
            }

            // The enforcement log (its own table in Postgres mode) holds each takedown once.
            var logged = (await grains.Read(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1)))
                .Where(e => e.Kind == Grid.Domain.Reports.ActivityKind.Takedown && e.CaseId is { } id && work.Any(w => w.CaseId == id)).ToList();
            var loggedTwice = logged.Count - logged.Select(e => e.CaseId).Distinct().Count();

            output.WriteLine($"Kill a silo: 3 silos on PostgreSQL, {Takedowns} concurrent good-faith takedowns ({Brands} brands, {Sellers} sellers x {ListingsPerSeller} listings), load {loadSeconds:F1} s");
            output.WriteLine($"  silo {victim.SiloAddress} hard-killed after {ackedBeforeKill} acknowledgements");
            output.WriteLine($"  acknowledged on first try: {firstTry}; failed with the silo: {Takedowns - firstTry} ({string.Join(", ", failures.Select(f => $"{f.Key} x{f.Value}"))})");
            output.WriteLine($"  retried with the same case id and acknowledged: {retried}");
            output.WriteLine($"  visible after recovery: {Takedowns - notBlocked} of {Takedowns} listings blocked; {Takedowns - notFinal} cases taken-down");
            output.WriteLine($"  strikes counted: {strikes} (distinct upheld cases: {Takedowns}); duplicate strikes: {duplicateStrikes}; sellers off by any case: {wrongStrikeCounts}");
            output.WriteLine($"  enforcement log: {logged.Count} takedown entries for {Takedowns} takedowns; logged twice: {loggedTwice}");
            output.WriteLine($"  brand events: {takedownEvents} listing-taken-down for {Takedowns} takedowns; duplicates: {duplicateEvents}; logs with gaps: {logGaps}");

            Assert.Equal(0, notBlocked);
            Assert.Equal(0, notFinal);
            Assert.Equal(Takedowns, strikes);
            Assert.Equal(0, duplicateStrikes);
            Assert.Equal(0, wrongStrikeCounts);
            Assert.Equal(Takedowns, takedownEvents);
            Assert.Equal(0, duplicateEvents);
            Assert.Equal(0, logGaps);
            Assert.Equal(Takedowns, logged.Count);
            Assert.Equal(0, loggedTwice);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task<List<Takedown>> Prepare(IClusterClient grains)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var brands = Enumerable.Range(0, Brands).Select(i => $"kill-{run}-brand-{i}").ToList();
        foreach (var brandId in brands) await grains.RegisterBrand(brandId, ProgramTier.GoodFaith);
        var work = new List<Takedown>();
        for (var s = 0; s < Sellers; s++)
        for (var l = 0; l < ListingsPerSeller; l++)
            work.Add(new Takedown(Guid.NewGuid(), brands[(s * ListingsPerSeller + l) % Brands], $"kill-{run}-seller-{s}", $"kill-{run}-listing-{s}-{l}"));
        // A seller's listings one after another (each rewrites the seller's list); sellers side by side.
        await ForEach(work.GroupBy(w => w.SellerId).ToList(), 32, async seller =>
        {
            foreach (var w in seller) await grains.RegisterListing(w.ListingId, w.SellerId, w.BrandId);
        });
        return work;
    }

    private static async Task<List<BrandEvent>> ReadLog(IGrainFactory grains, string brandId)
    {
        var events = new List<BrandEvent>();
        for (var page = 0L; ; page++)
        {
            var read = await grains.Page(brandId, page).Read(0);
            events.AddRange(read);
            if (read.Count < BrandEventLog.PageSize) return events;
        }
    }

    private static Task ForEach<T>(IReadOnlyList<T> items, int parallel, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) => await body(item));
}
