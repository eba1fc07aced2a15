using Grid.Contracts.Brands;

namespace Grid.Contracts.AccountManagers;

/// <summary>
/// An account manager (key: the operator's id): the brands in the Joint-Force programme it looks after, and
/// their open verification requests in one view. The brand says who its manager is; this grain is the index
/// from manager to brands, and trusts a brand's own word over its list when they differ.
/// </summary>
[Alias("grid.IAccountManagerGrain")]
public interface IAccountManagerGrain : IGrainWithStringKey
{
    [Alias("assign")]
    Task Assign(string brandId);

    [Alias("unassign")]
    Task Unassign(string brandId);

    /// <summary>The brands that name this operator as their account manager.</summary>
    [Alias("brands"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> GetBrands();

    /// <summary>Every open verification request of those brands, soonest due first.</summary>
    [Alias("verification-requests"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<ManagedVerification>> GetVerificationRequests();
}

/// <summary>One open verification request in an account manager's view.</summary>
[GenerateSerializer, Immutable, Alias("grid.managed-verification")]
public sealed record ManagedVerification(
    [property: Id(0)] string BrandId,
    [property: Id(1)] Guid CaseId,
    [property: Id(2)] string ListingId,
    [property: Id(3)] string Detector,
    [property: Id(4)] double Score,
    [property: Id(5)] DateTimeOffset RequestedAt,
    [property: Id(6)] DateTimeOffset? DueAt);

[GenerateSerializer, Alias("grid.account-manager-state")]
public sealed class AccountManagerState
{
    [Id(0)] public SortedSet<string> Brands { get; set; } = new(StringComparer.Ordinal);
}
