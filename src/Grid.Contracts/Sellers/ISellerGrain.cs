using Orleans.Concurrency;
using Grid.Contracts.Listings;

namespace Grid.Contracts.Sellers;

/// <summary>One seller (key: seller id). Calls only its own listings, never a case or another seller.</summary>
[Alias("grid.ISellerGrain")]
public interface ISellerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers or updates one of the seller's listings. Goes through the seller so a listing
    /// registered during a suspension is born blocked.
    /// </summary>
    [Alias("register-listing")]
    Task<ListingView> RegisterListing(string listingId, ListingRegistration registration);

    /// <summary>Records a strike for an upheld takedown; a second call for the same case changes nothing.</summary>
    [Alias("add-strike")]
    Task<StrikeResult> AddStrike(StrikeCommand strike);

    /// <summary>
    /// Withdraws the strike of a case that no longer stands, and lifts the penalties the remaining
    /// strikes would not have earned. A second call changes nothing.
    /// </summary>
    [Alias("remove-strike")]
    Task RemoveStrike(Guid caseId);

    [Alias("view"), ReadOnly]
    Task<SellerView> GetView();

    /// <summary>Every case that ever struck the seller, oldest first, including those later withdrawn.</summary>
    [Alias("struck-by"), ReadOnly]
    Task<IReadOnlyList<Guid>> GetStruckBy();

    /// <summary>
    /// The seller's whole history (its notices), read from its archive and its state: it costs what the history
    /// holds, unlike a strike, which costs the same however long the history.
    /// </summary>
    [Alias("history"), ReadOnly]
    Task<SellerHistory> GetHistory();
}
