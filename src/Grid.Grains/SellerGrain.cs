using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Contracts.Listings;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Domain.Penalties;
using Grid.Domain.Reports;
using Grid.Contracts.Reports;
using Grid.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Grid.Grains;

public sealed class SellerGrain(
    [PersistentState("seller", GridNames.Storage)] IPersistentState<SellerState> state,
    IOptions<EnforcementPolicy> policy,
    TimeProvider clock,
    ILogger<SellerGrain> log) : Grain, ISellerGrain, IRemindable
{
    private const string Expiry = "expiry";

    // A fallback re-fire if a tick is lost; each tick re-registers the reminder for the next expiry anyway.
    private static readonly TimeSpan ExpiryRecheck = TimeSpan.FromDays(1);

    // Bounds the fan-out of a suspension so a seller with 100k listings does not flood the silo at once.
    private const int PushConcurrency = 64;

    // Page sizes: a page is what one change may rewrite (a withdrawn strike, a listing gone), a tail what every write carries.
    private const int ListingPageSize = 256;
    private const int StrikePageSize = 64;

    // Archive entries are filed in batches: GetHistory reads the unfiled ones from the state too, so holding a few back
    // loses nothing, and a strike need not write the archive and the seller twice.
    private const int FileBatch = 32;

    private readonly PenaltyLadder ladder = new(policy.Value);
    private readonly PenaltyRetention retention = new(policy.Value);
    private string SellerId => this.GetPrimaryKeyString();
    private SellerState S => state.State;

    private PagedList<string> listings = null!;
    private PagedList<StrikeRecord> strikes = null!;
    private readonly HashSet<string> listingIds = [];
    private readonly HashSet<Guid> struck = [];
    private StrikeTimeline timeline = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GridNames.Storage);
        listings = new PagedList<string>(storage, this.GetGrainId(), "seller-listings", ListingPageSize);
        strikes = new PagedList<StrikeRecord>(storage, this.GetGrainId(), "seller-strikes", StrikePageSize);
        await listings.Load(S.ListingPages);
        await strikes.Load(S.StrikePages);
        if (S.Listings.Count > 0 || S.Strikes.Count > 0)
        {
            // A state stored before the pages: its lists move to them once, then the state stops carrying them.
            var paged = listings.Items.ToHashSet();
            foreach (var id in S.Listings.Where(id => !paged.Contains(id))) listings.Add(id);
            var pagedStrikes = strikes.Items.Select(k => k.CaseId).ToHashSet();
            foreach (var strike in S.Strikes.Where(s => !pagedStrikes.Contains(s.CaseId))) strikes.Add(strike);
            S.Listings.Clear();
            S.Strikes.Clear();
            await state.WriteStateAsync();
            await listings.SealFull(state.WriteStateAsync);
            await strikes.SealFull(state.WriteStateAsync);
        }
        listingIds.UnionWith(listings.Items);
        struck.UnionWith(strikes.Items.Select(s => s.CaseId));
        timeline = StrikeTimeline.Of(strikes.Items);
    }

    public async Task<ListingView> RegisterListing(string listingId, ListingRegistration registration)
    {
        if (registration.SellerId != SellerId)
            throw new ArgumentException($"Listing {listingId} names seller {registration.SellerId}, not {SellerId}.", nameof(registration));
        if (listingIds.Add(listingId))
        {
            listings.Add(listingId);
            await state.WriteStateAsync();
            await listings.SealFull(state.WriteStateAsync);
        }
        return await GrainFactory.GetGrain<IListingGrain>(listingId).Register(registration, ListingPenalties());
    }

    public async Task<StrikeResult> AddStrike(StrikeCommand strike)
    {
        var now = clock.GetUtcNow();
        var pruned = Prune(now);
        if (struck.Contains(strike.CaseId) || PenaltyRetention.StrikeSettled(strike.StepAt ?? now, S.PrunedThrough))
        {
            // A retry after a crash between recording and pushing must still reach the listings and the brand.
            // A step older than the pruned history counted then or can count for nothing now; only its notice is filed.
            if (!struck.Contains(strike.CaseId)) { File(strike.CaseId, null); pruned = true; }
            if (pruned) await state.WriteStateAsync();
            await PushPenaltiesIfBehind();
            await FlushOutboxes();
            return new StrikeResult(false, null);
        }

        var record = new StrikeRecord(strike.CaseId, strike.ListingId, strike.BrandId, now, ladder.StrikeExpiry(now));
        var was = ladder.Rung(timeline, now);
        strikes.Add(record);
        struck.Add(record.CaseId);
        timeline.Add(record);
        File(strike.CaseId, null);
        PenaltyRecord? imposed = null;
        if (ladder.OnStrike(was, timeline, now) is { } penalty)
        {
            imposed = new PenaltyRecord(penalty.Kind, penalty.ImposedAt, penalty.EndsAt, strike.CaseId, ActiveStrikesAt(now));
            S.Penalties.Add(imposed);
            if (PenaltyLadder.AffectsListings(penalty.Kind)) S.PenaltiesVersion++;
            S.Unlogged.Add(new ActivityRecord(
                CaseActivity.PenaltyPuid(strike.CaseId, penalty.Kind, penalty.ImposedAt), ActivityKind.Penalty, now, null, null,
                strike.CaseId, strike.ListingId, SellerId, strike.BrandId, null, null, null, penalty.Kind, penalty.EndsAt, false, true,
                $"The seller reached the '{penalty.Kind}' rung of the penalty ladder with {imposed.StrikesAtTheTime} active strikes; the last was case {strike.CaseId}."));
            if (strike.BrandId is { } brandId)
            {
                S.Untold.Add(new SellerPenalised
                {
                    BrandId = brandId, At = now, SellerId = SellerId, Penalty = imposed.Kind, Until = imposed.EndsAt, CaseId = strike.CaseId,
                });
            }
            log.LogInformation("Seller {SellerId} penalised with {Penalty} after case {CaseId}", SellerId, penalty.Kind, strike.CaseId);
        }
        await state.WriteStateAsync();
        await strikes.SealFull(state.WriteStateAsync);
        await PushPenaltiesIfBehind();
        await FlushOutboxes();
        await WatchExpiries();
        return new StrikeResult(true, imposed);
    }

    public async Task RemoveStrike(Guid caseId)
    {
        var now = clock.GetUtcNow();
        var pruned = Prune(now);
        // A strike already pruned is settled: what it earned stands (see PenaltyRetention).
        var withdrawn = strikes.Items.FirstOrDefault(s => s.CaseId == caseId);
        if (withdrawn is null)
        {
            if (pruned) await state.WriteStateAsync();
            await PushPenaltiesIfBehind();
            await FlushOutboxes();
            return;
        }
        await strikes.Remove(s => s.CaseId == caseId);
        struck.Remove(caseId);
        timeline.Remove(withdrawn);
        var change = ladder.Reconcile(strikes.Items, S.Penalties, now, retention.SettledBefore(S.PrunedThrough));
        foreach (var lifted in change.Lift) S.Penalties[S.Penalties.IndexOf(lifted)] = lifted with { EndsAt = now, LiftedAt = now };
        foreach (var (trigger, penalty) in change.Impose)
        {
            S.Penalties.Add(new PenaltyRecord(penalty.Kind, penalty.ImposedAt, penalty.EndsAt, trigger.CaseId, ActiveStrikesAt(penalty.ImposedAt)));
        }
        if (change.Lift.Any(p => PenaltyLadder.AffectsListings(p.Kind))
            || change.Impose.Any(i => PenaltyLadder.AffectsListings(i.Penalty.Kind)))
            S.PenaltiesVersion++;
        log.LogInformation("Seller {SellerId}: strike of case {CaseId} withdrawn; {Lifted} penalties lifted, {Imposed} re-imposed",
            SellerId, caseId, change.Lift.Count, change.Impose.Count);
        await state.WriteStateAsync();
        await PushPenaltiesIfBehind();
        await FlushOutboxes();
        await WatchExpiries();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != Expiry) return;
        Prune(clock.GetUtcNow());
        await state.WriteStateAsync();
        await PushPenaltiesIfBehind();
        await FlushOutboxes();
        await WatchExpiries(ticked: true);
    }

    /// <summary>
    /// Keeps one persistent reminder due at the seller's next expiry (a strike or a penalty running out),
    /// so the seller's standing moves on time even across silo restarts; none when nothing can expire.
    /// </summary>
    private async Task WatchExpiries(bool ticked = false)
    {
        var now = clock.GetUtcNow();
        var next = PenaltyExpiry.Next(timeline, S.Penalties, now);
        // After a tick the reminder's row still says the time just passed: it must move on (or go) even if the state agrees.
        if (next == S.ExpiryReminderAt && !ticked) return;
        if (next is { } due) await this.RegisterOrUpdateReminder(Expiry, due - now, ExpiryRecheck);
        else if (await this.GetReminder(Expiry) is { } reminder) await this.UnregisterReminder(reminder);
        S.ExpiryReminderAt = next;
        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<Guid>> GetStruckBy() => (await GetHistory()).StruckBy;

    public async Task<SellerHistory> GetHistory()
    {
        // Filed pages first, then what the state still holds (legacy list, unflushed outbox, kept penalties).
        var pages = await Task.WhenAll(SellerArchive.Pages(S.Filed).Select(page =>
            GrainFactory.GetGrain<ISellerArchiveGrain>(SellerArchive.Key(SellerId, page)).Read()));
        var entries = pages.SelectMany(p => p).Concat(S.Unfiled).DistinctBy(e => e.Sequence).OrderBy(e => e.Sequence).ToList();
        IReadOnlyList<Guid> struckBy = [.. S.StruckBy.Concat(entries.Select(e => e.StruckBy).OfType<Guid>()).Distinct()];
        // In the order they took effect: archived and kept penalties interleave in time.
        IReadOnlyList<PenaltyRecord> penalties =
            [.. entries.Select(e => e.Penalty).OfType<PenaltyRecord>().Concat(S.Penalties).Distinct().OrderBy(p => p.ImposedAt)];
        return new SellerHistory(struckBy, penalties);
    }

    public Task<SellerView> GetView()
    {
        var now = clock.GetUtcNow();
        var current = ladder.Current(strikes.Items, S.Penalties, now);
        var views = strikes.Items.Select(s => new StrikeView(s.CaseId, s.ListingId, s.At, s.ExpiresAt, PenaltyLadder.IsActive(s, now))).ToList();
        return Task.FromResult(new SellerView(SellerId, views.Count(s => s.Active), views,
            new PenaltyView(current.Kind, current.Since, current.Until), [.. S.Penalties], listings.Items.Count));
    }

    /// <summary>The explicit fan-out: every listing of the seller learns the penalties that block it.</summary>
    private async Task PushPenaltiesIfBehind()
    {
        if (S.PushedVersion >= S.PenaltiesVersion) return;
        var penalties = ListingPenalties();
        var gone = new List<string>();
        foreach (var batch in listings.Items.ToList().Chunk(PushConcurrency))
        {
            var kept = await Task.WhenAll(batch.Select(id =>
                GrainFactory.GetGrain<IListingGrain>(id).ApplySellerPenalties(SellerId, penalties)));
            gone.AddRange(batch.Where((_, i) => !kept[i]));
        }
        if (gone.Count > 0)
        {
            var goneSet = gone.ToHashSet();
            listingIds.ExceptWith(goneSet);
            await listings.Remove(goneSet.Contains);
        }
        S.PushedVersion = penalties.Version;
        await state.WriteStateAsync();
    }

    /// <summary>
    /// Empties the outboxes written with a penalty: its entry in the enforcement log, and the news for the brand whose
    /// notice earned it. Both are keyed, so a crash before flushing is caught up by the next call and a retry repeats nothing.
    /// </summary>
    private async Task FlushOutboxes()
    {
        var file = S.Unfiled.Count >= FileBatch;
        if (S.Unlogged.Count == 0 && S.Untold.Count == 0 && !file) return;
        if (file)
        {
            foreach (var page in S.Unfiled.GroupBy(e => SellerArchive.PageOf(e.Sequence)))
                await GrainFactory.GetGrain<ISellerArchiveGrain>(SellerArchive.Key(SellerId, page.Key)).File([.. page]);
        }
        foreach (var entry in S.Unlogged) await GrainFactory.Append(entry);
        foreach (var news in S.Untold)
        {
            var key = $"seller-penalised\u001f{SellerId}\u001f{news.CaseId}\u001f{WireNames.Of(news.Penalty)}";
            await GrainFactory.GetGrain<IBrandGrain>(news.BrandId).Publish(key, news);
        }
        S.Unlogged.Clear();
        S.Untold.Clear();
        if (file) S.Unfiled.Clear();
        await state.WriteStateAsync();
    }

    /// <summary>
    /// Lets go of the strikes and penalties no penalty rule can need again (the rule: <see cref="PenaltyRetention"/>) and
    /// files the penalties in the archive, so a seller's state stays the size of its last two look-backs. Whether the
    /// caller writes is its own business; true when anything was let go.
    /// </summary>
    private bool Prune(DateTimeOffset now)
    {
        // A listing penalty that ended since expiries were last applied is told to the listings (the caller pushes):
        // they stop answering "blocked" by the clock already; this lets their state shed it. Done here, not only on the
        // expiry tick, so that pruning never drops an end the listings have not heard of.
        var changed = S.StruckBy.Count > 0;
        if (PenaltyExpiry.ListingPenaltyEnded(S.Penalties, S.ExpiriesAppliedUntil, now))
        {
            S.PenaltiesVersion++;
            changed = true;
            log.LogInformation("Seller {SellerId}: a listing penalty ended; telling its listings", SellerId);
        }
        S.ExpiriesAppliedUntil = now;
        foreach (var caseId in S.StruckBy) File(caseId, null);
        S.StruckBy.Clear();
        // The pass over the strikes is skipped while none is old enough to go: a long look-back costs no copy per call.
        IReadOnlyList<StrikeRecord> candidates = retention.MayDropStrikes(timeline.Oldest, S.PrunedThrough, now) ? strikes.Items : [];
        var kept = retention.Prune(candidates, S.Penalties, S.PrunedThrough, S.ExpiriesAppliedUntil, now);
        foreach (var penalty in kept.DroppedPenalties) File(null, penalty);
        // An advanced PrunedThrough alone need not be written: the stored, older one is still true of what is kept.
        changed |= kept.DroppedStrikes.Count > 0 || kept.DroppedPenalties.Count > 0;
        if (kept.DroppedStrikes.Count > 0)
        {
            var dropped = kept.DroppedStrikes.Select(s => s.CaseId).ToHashSet();
            strikes.Forget(s => dropped.Contains(s.CaseId));
            struck.ExceptWith(dropped);
            foreach (var gone in kept.DroppedStrikes) timeline.Remove(gone);
        }
        S.Penalties = [.. kept.Penalties];
        S.PrunedThrough = kept.PrunedThrough;
        return changed;
    }

    /// <summary>Puts an entry in the archive's outbox under the next sequence number, which names its page.</summary>
    private void File(Guid? struckBy, PenaltyRecord? penalty) => S.Unfiled.Add(new SellerArchiveEntry(S.Filed++, struckBy, penalty));

    private int ActiveStrikesAt(DateTimeOffset at) => strikes.Items.Count(s => s.At <= at && PenaltyLadder.IsActive(s, at));

    private SellerPenalties ListingPenalties()
    {
        var now = clock.GetUtcNow();
        return new SellerPenalties(S.PenaltiesVersion,
            [.. S.Penalties.Where(p => PenaltyLadder.AffectsListings(p.Kind) && (p.EndsAt is null || p.EndsAt > now))]);
    }
}
