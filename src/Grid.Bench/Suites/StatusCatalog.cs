using Grid.Domain;

namespace Grid.Bench.Suites;

/// <summary>
/// The listings the status checks read: 100 per seller, every tenth seller suspended by three good-faith
/// takedowns, so one check in ten answers "blocked" through a pushed seller penalty and a few through a takedown.
/// </summary>
public sealed class StatusCatalog
{
    private const string Brand = "bench-status-brand";

    private StatusCatalog(string[] ids) => Ids = ids;

    public string[] Ids { get; }

    public static async Task<StatusCatalog> SeedAsync(IGrainFactory grains, int listings)
    {
        var sellers = Math.Max(1, listings / 100);
        var all = Enumerable.Range(0, listings).Select(i => (ListingId: $"status-{i % sellers}-{i / sellers}", SellerId: $"status-seller-{i % sellers}")).ToArray();
        await Catalog.RegisterBrands(grains, [Brand], ProgramTier.GoodFaith);
        await Catalog.RegisterListings(grains, all);
        await Catalog.ForAll(Enumerable.Range(0, sellers).Where(s => s % 10 == 0), 16, async s =>
        {
            for (var k = 0; k < 3; k++) await Catalog.TakeDown(grains, Brand, $"status-{s}-{k}");
        });
        // Shuffled with a fixed seed: consecutive checks hit unrelated listings, as page views do.
        var ids = all.Select(l => l.ListingId).ToArray();
        new Random(5).Shuffle(ids);
        return new StatusCatalog(ids);
    }
}
