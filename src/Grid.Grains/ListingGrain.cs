using Grid.Contracts;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain.Listings;

namespace Grid.Grains;

public sealed class ListingGrain(
    [PersistentState("listing", GridNames.Storage)] IPersistentState<ListingState> state,
    TimeProvider clock) : Grain, IListingGrain
{
    // Enough history for an operator to see a pattern, bounded so a much-flagged listing stays small.
    private const int NoticesKept = 200;

    private string ListingId => this.GetPrimaryKeyString();
    private ListingState S => state.State;

    public ValueTask<ListingStatus> GetStatus() => ValueTask.FromResult(Status());

    public ValueTask<ListingView?> GetView() => ValueTask.FromResult(S.Registration is null ? null : View());

    public ValueTask<ListingFacts?> GetFacts() => ValueTask.FromResult(Facts());

    public async Task<ListingView> Register(ListingRegistration registration, SellerPenalties penalties)
    {
        var now = clock.GetUtcNow();
        var sellerChanged = S.Registration?.SellerId != registration.SellerId;
        var changed = sellerChanged || S.Registration != registration || penalties.Version > S.SellerPenaltiesVersion;
        if (changed)
        {
            S.Registration = registration;
            S.FirstRegisteredAt ??= now;
            S.UpdatedAt = now;
            S.SellerPenalties = [.. penalties.Penalties];
            S.SellerPenaltiesVersion = penalties.Version;
            await state.WriteStateAsync();
        }
        return View();
    }

    public async Task<NoticeHold?> HoldNotice(string noticeKey, Guid caseId, ListingNotice notice)
    {
        if (Facts() is not { } facts) return null;
        if (S.HeldNotices.TryGetValue(noticeKey, out var holder)) return new NoticeHold(holder, facts);
        S.HeldNotices[noticeKey] = caseId;
        Remember(notice);
        await state.WriteStateAsync();
        return new NoticeHold(caseId, facts);
    }

    public async Task ReleaseNotice(string noticeKey, Guid caseId)
    {
        if (S.HeldNotices.TryGetValue(noticeKey, out var holder) && holder == caseId)
        {
            S.HeldNotices.Remove(noticeKey);
            await state.WriteStateAsync();
        }
    }

    public async Task<ListingFacts?> RecordFlag(ListingNotice notice)
    {
        if (Facts() is not { } facts) return null;
        Remember(notice);
        await state.WriteStateAsync();
        return facts;
    }

    public async Task TakeDown(ListingTakedown takedown)
    {
        if (S.Takedowns.Any(t => t.CaseId == takedown.CaseId)) return;
        S.Takedowns.Add(takedown);
        await state.WriteStateAsync();
    }

    public async Task Reinstate(Guid caseId)
    {
        if (S.Takedowns.RemoveAll(t => t.CaseId == caseId) > 0) await state.WriteStateAsync();
    }

    public async Task<bool> ApplySellerPenalties(string sellerId, SellerPenalties penalties)
    {
        if (S.Registration?.SellerId != sellerId) return false;
        if (penalties.Version <= S.SellerPenaltiesVersion) return true;
        S.SellerPenalties = [.. penalties.Penalties];
        S.SellerPenaltiesVersion = penalties.Version;
        await state.WriteStateAsync();
        return true;
    }

    private void Remember(ListingNotice notice)
    {
        S.Notices.Add(notice);
        if (S.Notices.Count > NoticesKept) S.Notices.RemoveRange(0, S.Notices.Count - NoticesKept);
    }

    private ListingStatus Status()
    {
        if (S.Registration is null) return new ListingStatus(ListingId, false, null, null, null);
        (Guid, DateTimeOffset)? takedown = S.Takedowns.Count > 0 ? (S.Takedowns[0].CaseId, S.Takedowns[0].Since) : null;
        var verdict = ListingStatusRule.Evaluate(takedown, S.SellerPenalties, S.FirstRegisteredAt, clock.GetUtcNow());
        return new ListingStatus(ListingId, verdict.Blocked, verdict.Reason, verdict.CaseId, verdict.Since);
    }

    private ListingFacts? Facts() => S.Registration is { } r
        ? new ListingFacts(ListingId, r.SellerId, r.Marketplace, r.BrandId)
        : null;

    private ListingView View()
    {
        var r = S.Registration!;
        return new ListingView(ListingId, r.SellerId, r.Marketplace, r.BrandId, r.Title, Status(),
            [.. S.Takedowns], [.. S.Notices], S.FirstRegisteredAt!.Value, S.UpdatedAt!.Value);
    }
}
