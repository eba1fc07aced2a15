using Grid.Contracts;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain.Listings;
using Grid.Grains.Listings;

namespace Grid.Grains;

public sealed class ListingGrain(
    [PersistentState("listing", GridNames.Storage)] IPersistentState<ListingState> state,
    ListingStatusBoard board,
    TimeProvider clock) : Grain, IListingGrain
{
    // Enough history for an operator to see a pattern, bounded so a much-flagged listing stays small.
    private const int NoticesKept = 200;

    private string ListingId => this.GetPrimaryKeyString();
    private ListingState S => state.State;

    // What the status rule needs, taken at each change: a status check reads this and nothing else.
    private ListingStatusCard card = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Publish();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Before the directory lets another activation (on any silo) take over: no reader may see this one's facts after that.
        board.Withdraw(ListingId);
        return Task.CompletedTask;
    }

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
            await WriteAndPublish();
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
        await WriteAndPublish();
    }

    public async Task Reinstate(Guid caseId)
    {
        if (S.Takedowns.RemoveAll(t => t.CaseId == caseId) > 0) await WriteAndPublish();
    }

    public async Task<bool> ApplySellerPenalties(string sellerId, SellerPenalties penalties)
    {
        if (S.Registration?.SellerId != sellerId) return false;
        if (penalties.Version <= S.SellerPenaltiesVersion) return true;
        S.SellerPenalties = [.. penalties.Penalties];
        S.SellerPenaltiesVersion = penalties.Version;
        await WriteAndPublish();
        return true;
    }

    private void Remember(ListingNotice notice)
    {
        S.Notices.Add(notice);
        if (S.Notices.Count > NoticesKept) S.Notices.RemoveRange(0, S.Notices.Count - NoticesKept);
    }

    /// <summary>
    /// Writes a change that may move the status, then puts the new facts on the board, in this turn, so the very
    /// next check sees it. Published whatever the write's outcome: the board shows what this activation holds and
    /// would answer itself.
    /// </summary>
    private async Task WriteAndPublish()
    {
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            Publish();
        }
    }

    private void Publish()
    {
        (Guid, DateTimeOffset)? takedown = S.Takedowns.Count > 0 ? (S.Takedowns[0].CaseId, S.Takedowns[0].Since) : null;
        card = new ListingStatusCard(ListingId, ListingStatusFacts.Of(S.Registration is not null, takedown, S.SellerPenalties, S.FirstRegisteredAt));
        board.Publish(ListingId, card);
    }

    private ListingStatus Status() => card.Answer(clock.GetUtcNow());

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
