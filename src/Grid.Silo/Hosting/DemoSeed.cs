using Grid.Contracts.Brands;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;

namespace Grid.Silo.Hosting;

/// <summary>
/// `--seed-demo`: a few brands, sellers and listings so every curl example in README.md works
/// on a fresh silo. Registering is idempotent (a brand already there is left as it stands), so seeding twice changes nothing.
/// </summary>
public static class DemoSeed
{
    public static async Task RunAsync(IGrainFactory grains, ILogger log)
    {
        await RegisterOnce(grains, "acme", new BrandProfile(
            "Acme Sportswear", [new IpRight(RightType.Trademark, "TM-ACME-001")], ProgramTier.GoodFaith));
        await RegisterOnce(grains, "lotus", new BrandProfile(
            "莲花 Lotus Cosmetics",
            [new IpRight(RightType.Trademark, "TM-LOTUS-88"), new IpRight(RightType.Copyright, "CR-LOTUS-7")],
            ProgramTier.Standard));

        (string Id, string Seller, string Marketplace, string? Brand, string Title)[] listings =
        [
            ("L-1001", "shady-store", "taobao", "acme", "Acme running shoes, factory price"),
            ("L-1002", "shady-store", "taobao", "lotus", "Lotus face cream 50ml, 90% off"),
            ("L-1003", "shady-store", "tmall", "acme", "Acme track jacket"),
            ("L-1004", "shady-store", "taobao", null, "Unbranded tote bag"),
            ("L-2001", "honest-shop", "tmall", "lotus", "莲花 官方 面霜 Lotus face cream (authorised reseller)"),
            ("L-2002", "honest-shop", "tmall", "acme", "Acme socks, 3 pairs"),
        ];
        foreach (var l in listings)
            await grains.GetGrain<ISellerGrain>(l.Seller).RegisterListing(l.Id, new ListingRegistration(l.Seller, l.Marketplace, l.Brand, l.Title));
        log.LogInformation("Demo data seeded: {Brands} brands, {Listings} listings", 2, listings.Length);
    }

    // A brand's tier moves with its record: seeding again must not set back a tier a demo brand earned or lost.
    private static async Task RegisterOnce(IGrainFactory grains, string brandId, BrandProfile profile)
    {
        var brand = grains.GetGrain<IBrandGrain>(brandId);
        if (await brand.GetView() is null) await brand.Register(profile);
    }
}
