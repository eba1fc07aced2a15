using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Grid.Grains;

/// <summary>The brand's side of the Joint-Force programme: its account manager and its open verification requests.</summary>
public sealed partial class BrandGrain
{
    public async Task<AccountManagerChange?> SetAccountManager(string? operatorId)
    {
        if (S.Profile is null) return null;
        var change = new AccountManagerChange(S.AccountManager, operatorId);
        if (S.AccountManager == operatorId) return change;
        S.AccountManager = operatorId;
        S.UpdatedAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        log.LogInformation("Brand {BrandId}: account manager {Before} replaced by {After}", BrandId, change.Before, change.After);
        return change;
    }

    public Task<BrandVerifications?> GetVerifications() => Task.FromResult(S.Profile is null ? null : new BrandVerifications(
        BrandId, S.AccountManager, [.. S.OpenVerifications.Values.OrderBy(v => v.DueAt ?? DateTimeOffset.MaxValue).ThenBy(v => v.CaseId)]));

    /// <summary>
    /// A request is open from the step that asks the brand until the next step of its case (an answer, or expiry),
    /// so the set holds only what is open now. Persisted by the caller's write, with the step that changed it.
    /// </summary>
    private void TrackVerifications(Guid caseId, IReadOnlyList<BrandEvent> events)
    {
        if (events.OfType<VerificationRequested>().FirstOrDefault() is { } asked)
            S.OpenVerifications[caseId] = new OpenVerification(asked.CaseId, asked.ListingId, asked.Detector, asked.Score, asked.At, asked.DueAt);
        else
            S.OpenVerifications.Remove(caseId);
    }
}
