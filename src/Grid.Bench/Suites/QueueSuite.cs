using System.Net.Http.Json;
using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Review;
using Grid.Domain;
using Grid.Domain.Review;

namespace Grid.Bench.Suites;

/// <summary>
/// The review queue under load: a queue seeded with --open-cases open complaints (standard brands, so each waits
/// for review), then complaints that enqueue, partition writes and pages read through HTTP, each against one
/// grain state write measured in the same rounds.
/// </summary>
public sealed class QueueSuite(BenchRig rig, BenchOptions options)
{
    // Many brands: a brand's grain keeps a mark per case, and one brand filing every complaint would measure that instead.
    private const int Brands = 200;
    private const int Callers = 32;
    private const int ComplaintsPerRound = 400;

    private string[] fresh = [];
    private int nextFresh = -1;
    private int nextPut = -1;

    private static string BrandId(int i) => $"bench-queue-brand-{i}";

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var http = rig.Http(BenchRig.OperatorKey, Callers);
        await Seed(http);
        var time = options.RunTime;
        var grains = rig.Client;
        var perPartition = options.OpenCases / ReviewDefaults.Partitions;
        Workload[] workloads =
        [
            new(TakedownSuite.Write, "writes/s", "one grain state write (Memory storage), 4,096 grains",
                _ => LoadRunner.ClosedLoop(i => new ValueTask(grains.GetGrain<IWriteGrain>(i % 4096).Write(i)), Callers, time)),
            new("http-review-complaint", "complaints/s", "POST /v1/complaints, standard brand: case under review + queue journal write",
                _ => LoadRunner.ClosedLoop(_ => FileComplaint(http, fresh[Interlocked.Increment(ref nextFresh) % fresh.Length]), Callers, time, ComplaintsPerRound),
                TakedownSuite.Write),
            new("grain-queue-put", "puts/s", $"IReviewQueuePartitionGrain.Put of a new entry, ~{perPartition:N0} entries per partition",
                _ => LoadRunner.ClosedLoop(_ => PutEntry(), Callers, time), TakedownSuite.Write),
            new("http-review-page", "pages/s", $"GET /v1/review-queue?limit=50 over {options.OpenCases:N0} open cases",
                _ => LoadRunner.ClosedLoop(_ => Get(http, "/v1/review-queue?limit=50"), Callers, time), TakedownSuite.Write),
            new("http-review-page-brand", "pages/s", $"the same, filtered to one brand of {Brands}: each partition scans all its entries",
                _ => LoadRunner.ClosedLoop(i => Get(http, $"/v1/review-queue?limit=50&brand={BrandId(i % Brands)}"), Callers, time), TakedownSuite.Write),
        ];
        return await Rounds.Run("queue", workloads, options.Rounds);
    }

    private async Task Seed(HttpClient http)
    {
        var started = DateTime.UtcNow;
        await Catalog.RegisterBrands(rig.Client, Enumerable.Range(0, Brands).Select(BrandId), ProgramTier.Standard);
        var seeded = await Listings("bench-queue", options.OpenCases);
        await Catalog.ForAll(seeded, Callers, async id => await FileComplaint(http, id));
        fresh = await Listings("bench-queue-fresh", ComplaintsPerRound * (options.Rounds + 1) + 256);
        Console.WriteLine($"  [queue] seeded {seeded.Length:N0} open complaints in {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }

    private async Task<string[]> Listings(string prefix, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i}").ToArray();
        await Catalog.RegisterListings(rig.Client, ids.Select((id, i) => (id, $"{prefix}-seller-{i % 1000}")));
        return ids;
    }

    private static async ValueTask FileComplaint(HttpClient http, string listingId)
    {
        var brandId = BrandId((int)((uint)listingId.GetHashCode() % Brands));
        using var response = await http.PostAsJsonAsync("/v1/complaints", new
        {
            brandId, listingId, right = new { type = "trademark", registrationNumber = Catalog.Right.RegistrationNumber },
            kind = "counterfeit", evidence = new[] { "bench" }, language = "en",
        });
        if ((int)response.StatusCode is not (200 or 201)) throw new InvalidOperationException($"complaint: {(int)response.StatusCode}");
    }

    private static async ValueTask Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
    }

    /// <summary>An entry of no brand the page workloads filter on, put straight into its partition as a case would.</summary>
    private ValueTask PutEntry()
    {
        var caseId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var entry = new ReviewEntry(caseId, $"bench-put-{Interlocked.Increment(ref nextPut)}", "bench-put-brand", "tmall",
            CaseStatus.UnderReview, ReviewPriority.Standard, now, now.AddHours(48), null, null, null, 1);
        return new ValueTask(rig.Client.GetGrain<IReviewQueuePartitionGrain>(ReviewPartitions.Of(caseId, ReviewDefaults.Partitions)).Put(entry));
    }
}

/// <summary>The queue's partition count as config/enforcement.json ships it (Review:QueuePartitions).</summary>
internal static class ReviewDefaults
{
    public const int Partitions = 16;
}
