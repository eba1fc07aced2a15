using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;

namespace Grid.Tests.Infrastructure;

/// <summary>The flows driven through the grains directly, for clusters that run without the HTTP front.</summary>
public static class GrainScenario
{
    public const string Trademark = "TM-GRAIN-1";

    public static Task<BrandView> RegisterBrand(this IGrainFactory grains, string brandId, ProgramTier tier) =>
        grains.GetGrain<IBrandGrain>(brandId).Register(new BrandProfile($"Brand {brandId}", [new IpRight(RightType.Trademark, Trademark)], tier));

    public static Task<ListingView> RegisterListing(this IGrainFactory grains, string listingId, string sellerId, string? brandId) =>
        grains.GetGrain<ISellerGrain>(sellerId).RegisterListing(listingId, new ListingRegistration(sellerId, "taobao", brandId, $"Listing {listingId}"));

    /// <summary>Files a complaint as the brand would through the API; the case id is what makes a resend the same case.</summary>
    public static async Task<CaseView> FileComplaint(this IGrainFactory grains, Guid caseId, string brandId, string listingId)
    {
        var filing = new ComplaintFiling(brandId, listingId, new IpRight(RightType.Trademark, Trademark), NoticeKind.Counterfeit,
            ["https://evidence.example/1"], Language.En, $"brand:{brandId}");
        var reply = await grains.GetGrain<ICaseGrain>(caseId).FileComplaint(filing);
        return reply.Value?.Case ?? throw new InvalidOperationException($"Filing refused: {reply.Error}");
    }
}
