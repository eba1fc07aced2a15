using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Domain.Brands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Grid.Grains;

public sealed partial class BrandGrain(
    [PersistentState("brand", GridNames.Storage)] IPersistentState<BrandState> state,
    IOptions<EnforcementPolicy> policy,
    TimeProvider clock,
    ILogger<BrandGrain> log) : Grain, IBrandGrain
{
    private IAsyncStream<BrandEvent>? stream;

    // Marks dropped by SettleCase since the last write: the write that carries them is the next one.
    private bool settledSinceWrite;
    private BrandState S => state.State;
    private string BrandId => this.GetPrimaryKeyString();
    private TierPolicy Tiers => policy.Value.Tiers;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        stream = this.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, BrandId));
        // Events numbered before a crash reach the log now, not at the brand's next case, so no reader waits on them.
        try { await Flush(); }
        catch (Exception ex) { log.LogWarning(ex, "Brand {BrandId}: {Count} events not yet logged; retried on the next call", BrandId, S.Unlogged.Count); }
    }

    public async Task<BrandView> Register(BrandProfile profile)
    {
        var now = clock.GetUtcNow();
        if (S.Profile is null)
        {
            S.RegisteredAt = S.UpdatedAt = now;
            S.Profile = profile;
            await state.WriteStateAsync();
        }
        else if (S.Profile != profile)
        {
            // The tier sent is the operator's word, told as a tier change when it is one.
            var change = TierRule.SetByOperator(Standing(), profile.Tier);
            S.Profile = profile with { Tier = S.Profile.Tier };
            S.UpdatedAt = now;
            await Tell(change is { } c ? [ChangeTier(c, now)] : []);
        }
        return View()!;
    }

    public async Task<BrandView?> SetTier(ProgramTier tier, bool pinned)
    {
        if (S.Profile is null) return null;
        var change = TierRule.SetByOperator(Standing(), tier);
        if (change is null && S.TierPinned == pinned) return View();
        var now = clock.GetUtcNow();
        S.TierPinned = pinned;
        S.UpdatedAt = now;
        await Tell(change is { } c ? [ChangeTier(c, now)] : []);
        log.LogInformation("Brand {BrandId} tier set to {Tier} by an operator, pinned: {Pinned}", BrandId, tier, pinned);
        return View();
    }

    /// <summary>
    /// The view, with the misuse rule applied first: a suspension ends with time, and a suspended brand files no
    /// case that would run the rule in <see cref="RecordCase"/>, so reading the brand (as filing does) must.
    /// </summary>
    public async Task<BrandView?> GetView()
    {
        if (ApplyMisuseRule(clock.GetUtcNow()) is { } changed) await Tell([changed]);
        return View();
    }

    public Task<ScorecardView?> GetScorecard()
    {
        if (S.Profile is not { } p) return Task.FromResult<ScorecardView?>(null);
        var now = clock.GetUtcNow();
        var first = NoticeWindow.FirstDay(NoticeWindow.DayOf(now), Tiers.WindowDays);
        return Task.FromResult<ScorecardView?>(new ScorecardView(
            BrandId, p.Tier, S.TierPinned,
            new TierWindowView(Tiers.WindowDays, new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now),
            TierFiguresView.From(Figures(now)), Standing().CooldownUntil(Tiers), TierThresholdsView.From(Tiers)));
    }

    public Task<long> GetLastEventSequence() => Task.FromResult(S.LastEventSequence);

    public Task RecordCase(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events, NoticeKind? kind, DateTimeOffset at) =>
        RecordStep(caseId, step, outcome, events, kind, at, 0);

    public async Task<long> RecordStep(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events, NoticeKind? kind, DateTimeOffset at, long kept)
    {
        // The brand's own mark (a step recorded, not yet settled by the case) is the newer; else what the case kept.
        CaseMark? mark = S.Cases.TryGetValue(caseId, out var packed) ? CaseMark.Unpack(packed)
            : kept != 0 ? CaseMark.Unpack(kept) : null;
        if (mark is { } recorded && recorded.Step >= step)
        {
            await Flush();
            return recorded.Pack();
        }
        var now = clock.GetUtcNow();
        var (counted, countedKind, countedOn) = (mark?.Outcome, mark?.Kind ?? kind, mark?.Day);
        if (outcome is { } o && Tally().Record(counted, o) is { } t)
        {
            (S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned) =
                (t.Upheld, t.Rejected, t.TakenDownAtOnce, t.VerifiedCounterfeit, t.VerifiedGenuine, t.Retracted, t.Overturned);
            (S.Notices, var recounted) = NoticeRecount.Apply(S.Notices, new(counted, countedKind, countedOn), o, at, now, Tiers.WindowDays);
            (counted, countedOn) = (recounted.Outcome, recounted.Day);
        }
        var markNow = new CaseMark(step, counted, countedKind, countedOn).Pack();
        S.Cases[caseId] = markNow;
        TrackVerifications(caseId, events);
        // The rule runs at every step, not only when figures move: a cooldown ends, or a pin is lifted, between cases.
        var change = S.Profile is null ? null : TierRule.Decide(Figures(now), Standing(), now, Tiers);
        List<BrandEvent> told = [.. events];
        if (change is { } c) told.Add(ChangeTier(c, now));
        if (ApplyMisuseRule(now) is { } misuse) told.Add(misuse);
        await Tell(told);
        return markNow;
    }

    public Task SettleCase(Guid caseId, int step)
    {
        // Only the mark of that very step: a later step recorded meanwhile is not yet the case's to have kept.
        if (S.Cases.TryGetValue(caseId, out var packed) && CaseMark.Unpack(packed).Step == step)
        {
            S.Cases.Remove(caseId);
            settledSinceWrite = true;
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Settled marks are dropped in memory and written with the next change; a brand going idle writes them now.
        if (settledSinceWrite)
        {
            try { await state.WriteStateAsync(); }
            catch (Exception ex) { log.LogDebug(ex, "Brand {BrandId}: settled case marks not written; they stay until the next write", BrandId); }
        }
    }

    public async Task Publish(string key, BrandEvent brandEvent)
    {
        if (!S.Told.Add(key))
        {
            await Flush();
            return;
        }
        await Tell([brandEvent]);
    }

    /// <summary>Applies a tier change to the state (persisted by the caller's write) and says it as an event.</summary>
    private TierChanged ChangeTier(TierChange change, DateTimeOffset now)
    {
        var standing = Standing().After(change, now);
        S.Profile = S.Profile! with { Tier = standing.Tier };
        S.GoodFaithLostAt = standing.GoodFaithLostAt;
        log.LogInformation("Brand {BrandId} moved from {From} to {To}: {Reason} {Kind}", BrandId, change.From, change.To, change.Reason, change.Kind);
        return new TierChanged
        {
            BrandId = BrandId, At = now, From = change.From, To = change.To, Reason = change.Reason, Kind = change.Kind,
            Figures = TierFiguresView.From(Figures(now)), WindowDays = Tiers.WindowDays, Pinned = S.TierPinned,
            CooldownUntil = standing.CooldownUntil(Tiers),
        };
    }

    /// <summary>Numbers the events and persists them with the state change that caused them, then logs them.</summary>
    private async Task Tell(IReadOnlyList<BrandEvent> events)
    {
        foreach (var e in events) S.Unlogged.Add(e with { Sequence = ++S.LastEventSequence });
        await state.WriteStateAsync();
        settledSinceWrite = false;
        await Flush();
    }

    /// <summary>
    /// Appends the outbox to the log pages (idempotent), then notifies live subscribers. The outbox is
    /// trimmed in memory; the next write persists the trim, and until then a re-append is harmless.
    /// </summary>
    private async Task Flush()
    {
        if (S.Unlogged.Count == 0) return;
        var pending = S.Unlogged.ToList();
        foreach (var page in pending.GroupBy(e => BrandEventLog.PageOf(e.Sequence)))
            await GrainFactory.Page(BrandId, page.Key).Append([.. page]);
        S.Unlogged.RemoveRange(0, pending.Count);
        foreach (var e in pending) await stream!.OnNextAsync(e);
    }

    private TierFigures Figures(DateTimeOffset now) => NoticeWindow.Figures(S.Notices, NoticeWindow.DayOf(now), Tiers.WindowDays);

    private TierStanding Standing() => new(S.Profile?.Tier ?? ProgramTier.Standard, S.TierPinned, S.GoodFaithLostAt);

    private BrandTally Tally() => new(S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned);

    private BrandView? View() => S.Profile is not { } p ? null : new BrandView(
        BrandId, p.Name, p.Rights, p.Tier,
        new AccuracyView(S.Upheld, S.Rejected, Tally().Accuracy, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned),
        S.RegisteredAt, S.UpdatedAt, S.TierPinned, MisuseView(), S.AccountManager);
}
