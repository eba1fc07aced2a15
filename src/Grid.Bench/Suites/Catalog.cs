using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;

namespace Grid.Bench.Suites;

/// <summary>How the bench puts brands, listings and takedowns into the Grid: through the same grain calls the API makes.</summary>
public static class Catalog
{
    public static readonly IpRight Right = new(RightType.Trademark, "TM-BENCH-1");

    public static Task ForAll<T>(IEnumerable<T> items, int parallel, Func<T, Task> each) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) => await each(item));

    // Lists, not collection expressions: storage records a state's concrete types, and the compiler's own
    // read-only list types are not ones it may read back (an activation reading its state would fail).
    public static Task RegisterBrands(IGrainFactory grains, IEnumerable<string> brandIds, ProgramTier tier) =>
        ForAll(brandIds, 64, id => grains.GetGrain<IBrandGrain>(id).Register(new BrandProfile($"Bench {id}", new List<IpRight> { Right }, tier)));

    public static Task RegisterListings(IGrainFactory grains, IEnumerable<(string ListingId, string SellerId)> listings, int parallel = 256) =>
        ForAll(listings, parallel, l => grains.GetGrain<ISellerGrain>(l.SellerId)
            .RegisterListing(l.ListingId, new ListingRegistration(l.SellerId, "taobao", null, "bench listing")));

    /// <summary>A good-faith complaint, as POST /v1/complaints files it: the listing comes down at once, the seller is struck, the brand hears.</summary>
    public static async Task<Guid> TakeDown(IGrainFactory grains, string brandId, string listingId)
    {
        var caseId = Guid.NewGuid();
        var reply = await grains.GetGrain<ICaseGrain>(caseId).FileComplaint(new ComplaintFiling(
            brandId, listingId, Right, NoticeKind.Counterfeit, new[] { "bench" }, Language.En, "operator:bench"));
        if (reply.Value is not { } filed) throw new InvalidOperationException($"takedown of {listingId}: {reply.Error}");
        if (!filed.Created || filed.Case.Status != CaseStatus.TakenDown)
            throw new InvalidOperationException($"takedown of {listingId}: case {filed.Case.CaseId} is {filed.Case.Status}, created {filed.Created}");
        return caseId;
    }
}
