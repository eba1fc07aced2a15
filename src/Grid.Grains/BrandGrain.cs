using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Domain.Brands;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Grid.Grains;

public sealed class BrandGrain(
    [PersistentState("brand", GridNames.Storage)] IPersistentState<BrandState> state,
    TimeProvider clock,
    ILogger<BrandGrain> log) : Grain, IBrandGrain
{
    private IAsyncStream<BrandEvent>? stream;
    private BrandState S => state.State;
    private string BrandId => this.GetPrimaryKeyString();

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
        if (S.Profile is null) S.RegisteredAt = now;
        if (S.Profile != profile)
        {
            S.Profile = profile;
            S.UpdatedAt = now;
            await state.WriteStateAsync();
        }
        return View()!;
    }

    public Task<BrandView?> GetView() => Task.FromResult(View());

    public Task<long> GetLastEventSequence() => Task.FromResult(S.LastEventSequence);

    public async Task RecordCase(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events)
    {
        CaseMark? mark = S.Cases.TryGetValue(caseId, out var packed) ? CaseMark.Unpack(packed) : null;
        if (mark is { } recorded && recorded.Step >= step)
        {
            await Flush();
            return;
        }
        var counted = mark?.Outcome;
        if (outcome is { } o && Tally().Record(counted, o) is { } t)
        {
            (S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned) =
                (t.Upheld, t.Rejected, t.TakenDownAtOnce, t.VerifiedCounterfeit, t.VerifiedGenuine, t.Retracted, t.Overturned);
            counted = o;
        }
        S.Cases[caseId] = new CaseMark(step, counted).Pack();
        await Tell(events);
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

    /// <summary>Numbers the events and persists them with the state change that caused them, then logs them.</summary>
    private async Task Tell(IReadOnlyList<BrandEvent> events)
    {
        foreach (var e in events) S.Unlogged.Add(e with { Sequence = ++S.LastEventSequence });
        await state.WriteStateAsync();
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

    private BrandTally Tally() => new(S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned);

    private BrandView? View() => S.Profile is not { } p ? null : new BrandView(
        BrandId, p.Name, p.Rights, p.Tier,
        new AccuracyView(S.Upheld, S.Rejected, Tally().Accuracy, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted, S.Overturned),
        S.RegisteredAt, S.UpdatedAt);
}
