using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Domain.Brands;
using Orleans.Streams;

namespace Grid.Grains;

public sealed class BrandGrain(
    [PersistentState("brand", GridNames.Storage)] IPersistentState<BrandState> state,
    TimeProvider clock) : Grain, IBrandGrain
{
    private IAsyncStream<BrandEvent>? stream;
    private BrandState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        stream = this.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, this.GetPrimaryKeyString()));
        return Task.CompletedTask;
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

    public async Task RecordCase(Guid caseId, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events)
    {
        if (outcome is { } counted) Count(caseId, counted);
        var stamped = events.Select(e => e with { Sequence = ++S.LastEventSequence }).ToList();
        await state.WriteStateAsync();
        foreach (var e in stamped) await stream!.OnNextAsync(e);
    }

    private void Count(Guid caseId, BrandOutcome outcome)
    {
        var before = S.CountedCases.TryGetValue(caseId, out var counted) ? counted : (BrandOutcome?)null;
        if (Tally().Record(before, outcome) is not { } t) return;
        S.CountedCases[caseId] = outcome;
        (S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted) =
            (t.Upheld, t.Rejected, t.TakenDownAtOnce, t.VerifiedCounterfeit, t.VerifiedGenuine, t.Retracted);
    }

    private BrandTally Tally() => new(S.Upheld, S.Rejected, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted);

    public Task Publish(BrandEvent brandEvent) => RecordCase(Guid.Empty, null, [brandEvent]);

    private BrandView? View() => S.Profile is not { } p ? null : new BrandView(
        this.GetPrimaryKeyString(), p.Name, p.Rights, p.Tier,
        new AccuracyView(S.Upheld, S.Rejected, Tally().Accuracy, S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine, S.Retracted),
        S.RegisteredAt, S.UpdatedAt);
}
