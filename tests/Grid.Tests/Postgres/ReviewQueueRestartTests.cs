using Grid.Contracts.Cases;
using Grid.Contracts.Review;
using Grid.Domain;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Grid.Tests.Postgres;

/// <summary>
/// The review queue in the database: a partition's snapshot and the journal of changes since it survive a
/// stop of the whole cluster, and a new cluster lists the same open cases in the same order, claims included.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReviewQueueRestartTests(PostgresServer server)
{
    // One partition, so every case lands in it and its journal is folded into the snapshot several times.
    private sealed class Running(InProcessTestCluster cluster) : IAsyncDisposable
    {
        public IClusterClient Client => cluster.Client;

        public async ValueTask DisposeAsync()
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task<Running> Start(string database) =>
        new(await PostgresCluster.StartAsync(database, 1, builder => builder.ConfigureSiloHost((_, host) =>
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{EnforcementPolicy.Section}:Review:QueuePartitions"] = "1",
            }))));

    private static async Task<ReviewQueueItem[]> Queue(IClusterClient client, string brandId) =>
        [.. (await client.GetGrain<IReviewQueueGrain>(0).Read(new ReviewQueueQuery(brandId, null, null, null, null, null, 200))).Items];

    [Fact]
    public async Task QueueSurvivesARestart_SnapshotAndJournalTogether()
    {
        var database = await server.CreateDatabaseAsync("grid_queue_restart");
        const string brandId = "queue-brand";
        const string seller = "queue-seller";
        var cases = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToArray();
        ReviewQueueItem[] before;
        await using (var cluster = await Start(database))
        {
            var grains = cluster.Client;
            await grains.RegisterBrand(brandId, ProgramTier.Standard);
            for (var i = 0; i < cases.Length; i++)
            {
                var listingId = $"queue-listing-{i}";
                await grains.RegisterListing(listingId, seller, brandId);
                await grains.FileComplaint(cases[i], brandId, listingId);
            }
            foreach (var decided in cases.Take(10))
                Assert.NotNull((await grains.GetGrain<ICaseGrain>(decided).Decide(ReviewDecision.Reject, null, "operator:a")).Value);
            Assert.NotNull((await grains.GetGrain<ICaseGrain>(cases[50]).Claim("operator:a")).Value);

            before = await Queue(grains, brandId);
            Assert.Equal(cases.Skip(10), before.Select(i => i.CaseId));
            var snapshots = await Db.ScalarAsync<long>(database,
                "SELECT count(*) FROM orleans_storage WHERE grain_type = 'review-snapshot' AND payload IS NOT NULL");
            Assert.Equal(1, snapshots);
        }

        await using (var cluster = await Start(database))
        {
            var after = await Queue(cluster.Client, brandId);

            Assert.Equal(before.Select(i => (i.CaseId, i.ClaimedBy, i.ClaimUntil, i.DueAt)), after.Select(i => (i.CaseId, i.ClaimedBy, i.ClaimUntil, i.DueAt)));
            Assert.Equal("operator:a", after.Single(i => i.CaseId == cases[50]).ClaimedBy);

            Assert.NotNull((await cluster.Client.GetGrain<ICaseGrain>(cases[99]).Decide(ReviewDecision.Uphold, null, "operator:b")).Value);
            Assert.Equal(cases.Skip(10).Take(89), (await Queue(cluster.Client, brandId)).Select(i => i.CaseId));
        }
    }
}
