using Grid.Contracts;
using Grid.Contracts.AccountManagers;
using Grid.Contracts.Brands;

namespace Grid.Grains;

/// <summary>An account manager's brands (an index kept by the API when a brand's manager changes) and their open requests.</summary>
public sealed class AccountManagerGrain(
    [PersistentState("account-manager", GridNames.Storage)] IPersistentState<AccountManagerState> state) : Grain, IAccountManagerGrain
{
    private string OperatorId => this.GetPrimaryKeyString();

    public async Task Assign(string brandId)
    {
        if (state.State.Brands.Add(brandId)) await state.WriteStateAsync();
    }

    public async Task Unassign(string brandId)
    {
        if (state.State.Brands.Remove(brandId)) await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<string>> GetBrands() =>
        [.. (await Managed()).Select(b => b.BrandId)];

    public async Task<IReadOnlyList<ManagedVerification>> GetVerificationRequests() =>
    [
        .. (await Managed())
            .SelectMany(b => b.Requests.Select(r => new ManagedVerification(b.BrandId, r.CaseId, r.ListingId, r.Detector, r.Score, r.RequestedAt, r.DueAt)))
            .OrderBy(r => r.DueAt ?? DateTimeOffset.MaxValue).ThenBy(r => r.BrandId, StringComparer.Ordinal).ThenBy(r => r.CaseId),
    ];

    /// <summary>
    /// The listed brands that still name this manager: the brand's word is the truth, so a change whose index update
    /// was lost (the API host failing between the two writes) never shows a brand to the wrong manager.
    /// </summary>
    private async Task<IEnumerable<BrandVerifications>> Managed()
    {
        var brands = await Task.WhenAll(state.State.Brands.Select(b => GrainFactory.GetGrain<IBrandGrain>(b).GetVerifications()));
        return brands.OfType<BrandVerifications>().Where(b => b.AccountManager == OperatorId);
    }
}
