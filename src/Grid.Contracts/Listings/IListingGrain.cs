using Orleans.Concurrency;
using Grid.Contracts.Sellers;

namespace Grid.Contracts.Listings;

/// <summary>One listing (key: listing id). Calls no other grain, so nothing that calls it can deadlock on it.</summary>
[Alias("grid.IListingGrain")]
public interface IListingGrain : IGrainWithStringKey
{
    /// <summary>The hot read path: answered from memory, interleaved with other reads.</summary>
    [Alias("status"), ReadOnly]
    ValueTask<ListingStatus> GetStatus();

    [Alias("view"), ReadOnly]
    ValueTask<ListingView?> GetView();

    [Alias("facts"), ReadOnly]
    ValueTask<ListingFacts?> GetFacts();

    /// <summary>Called by the seller grain, which has just recorded the listing and knows its penalties.</summary>
    [Alias("register")]
    Task<ListingView> Register(ListingRegistration registration, SellerPenalties penalties);

    /// <summary>
    /// Reserves the notice key for <paramref name="caseId"/> unless another case holds it.
    /// Returns the case that holds it now, or null when the listing is not in the catalog.
    /// </summary>
    [Alias("hold-notice")]
    Task<NoticeHold?> HoldNotice(string noticeKey, Guid caseId, ListingNotice notice);

    [Alias("release-notice")]
    Task ReleaseNotice(string noticeKey, Guid caseId);

    [Alias("record-flag")]
    Task<ListingFacts?> RecordFlag(ListingNotice notice);

    [Alias("take-down")]
    Task TakeDown(ListingTakedown takedown);

    /// <summary>Returns false when the listing no longer belongs to that seller, so the seller can forget it.</summary>
    /// <summary>Lifts the takedown of a case that no longer stands; other takedowns keep the listing blocked.</summary>
    [Alias("reinstate")]
    Task Reinstate(Guid caseId);

    [Alias("apply-seller-penalties")]
    Task<bool> ApplySellerPenalties(string sellerId, SellerPenalties penalties);
}

[GenerateSerializer, Immutable, Alias("grid.notice-hold")]
public sealed record NoticeHold(
    [property: Id(0)] Guid HeldBy,
    [property: Id(1)] ListingFacts Listing);
