using System.Net.Http.Json;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Listings;
using Grid.Contracts.Review;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Domain.Review;

namespace Grid.Bench;

/// <summary>
/// The review queue under load: a queue seeded with <see cref="BenchOptions.OpenCases"/> open complaints
/// (standard brands, so each waits for review), then pages read through HTTP and complaints that enqueue.
/// </summary>
public sealed class QueueWorkloads(BenchRig rig, BenchOptions options)
{
    // Many brands: a brand's grain keeps a mark per case, and one brand filing every complaint would measure that instead.
    private const int Brands = 200;
    private const string Right = "TM-QUEUE-1";

    private string[] fresh = [];
    private int nextFresh = -1;
    private int nextPut = -1;

    private static string BrandId(int i) => $"bench-queue-brand-{i}";

    public IEnumerable<(string Name, string What, int Ops, Func<int, Task> Op)> All(HttpClient operatorHttp)
    {
        var ops = Math.Max(1, options.OpsPerRound / 4);
        yield return ("http-review-complaint", "POST /v1/complaints, standard brand: case under review + queue journal write", ops,
            _ => FileComplaint(operatorHttp, fresh[Interlocked.Increment(ref nextFresh) % fresh.Length]));
        yield return ("grain-queue-put", $"IReviewQueuePartitionGrain.Put of a new entry, ~{options.OpenCases / 16} entries per partition", ops,
            _ => PutEntry());
        yield return ("http-review-page", $"GET /v1/review-queue?limit=50 over {options.OpenCases} open cases", ops,
            _ => operatorHttp.GetStringAsync("/v1/review-queue?limit=50"));
        yield return ("http-review-page-brand", "the same, filtered to one brand of 200: each partition scans all its entries", ops,
            i => operatorHttp.GetStringAsync($"/v1/review-queue?limit=50&brand={BrandId(i % Brands)}"));
    }

    public async Task Seed(HttpClient operatorHttp)
    {
        var grains = rig.Client;
        for (var b = 0; b < Brands; b++)
            await grains.GetGrain<IBrandGrain>(BrandId(b)).Register(new BrandProfile($"Queue {b}", [new IpRight(RightType.Trademark, Right)], ProgramTier.Standard));

        var seeded = await Listings("bench-queue", options.OpenCases);
        var started = DateTime.UtcNow;
        for (var i = 0; i < seeded.Length; i += 500)
            await Task.WhenAll(seeded.Skip(i).Take(500).Select(id => FileComplaint(operatorHttp, id)));
        Console.WriteLine($"Seeded {seeded.Length} open complaints in {(DateTime.UtcNow - started).TotalSeconds:0} s");

        fresh = await Listings("bench-queue-fresh", Math.Max(1, options.OpsPerRound / 4) * (options.Rounds + 1) + 256);
    }

    private async Task<string[]> Listings(string prefix, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i}").ToArray();
        for (var i = 0; i < ids.Length; i += 500)
        {
            await Task.WhenAll(ids.Skip(i).Take(500).Select((id, k) =>
            {
                var sellerId = $"{prefix}-seller-{(i + k) % 1000}";
                return rig.Client.GetGrain<ISellerGrain>(sellerId).RegisterListing(id, new ListingRegistration(sellerId, "tmall", null, "queued"));
            }));
        }
        return ids;
    }

    private static async Task FileComplaint(HttpClient http, string listingId)
    {
        var brandId = BrandId((int)((uint)listingId.GetHashCode() % Brands));
        using var response = await http.PostAsJsonAsync("/v1/complaints", new
        {
            brandId, listingId, right = new { type = "trademark", registrationNumber = Right },
            kind = "counterfeit", evidence = new[] { "bench" }, language = "en",
        });
        if ((int)response.StatusCode is not (200 or 201)) throw new InvalidOperationException($"complaint: {(int)response.StatusCode}");
    }

    /// <summary>An entry of no brand the page workloads filter on, put straight into its partition as a case would.</summary>
    private Task PutEntry()
    {
        var caseId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var entry = new ReviewEntry(caseId, $"bench-put-{Interlocked.Increment(ref nextPut)}", "bench-put-brand", "tmall",
            CaseStatus.UnderReview, ReviewPriority.Standard, now, now.AddHours(48), null, null, null, 1);
        return rig.Client.GetGrain<IReviewQueuePartitionGrain>(ReviewPartitions.Of(caseId, 16)).Put(entry);
    }
}
