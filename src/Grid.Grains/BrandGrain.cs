using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Events;
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
        if (outcome is { } counted && S.CountedCases.Add(caseId)) Count(counted);
        var stamped = events.Select(e => e with { Sequence = ++S.LastEventSequence }).ToList();
        await state.WriteStateAsync();
        foreach (var e in stamped) await stream!.OnNextAsync(e);
    }

    private void Count(BrandOutcome outcome)
    {
        switch (outcome)
        {
            case BrandOutcome.Upheld: S.Upheld++; break;
            case BrandOutcome.Rejected: S.Rejected++; break;
            // Taken down on the brand's word: upheld by trust, and counted apart so an appeal can overturn it.
            case BrandOutcome.TakenDownAtOnce: S.Upheld++; S.TakenDownAtOnce++; break;
            case BrandOutcome.VerifiedCounterfeit: S.VerifiedCounterfeit++; break;
            case BrandOutcome.VerifiedGenuine: S.VerifiedGenuine++; break;
        }
    }

    public Task Publish(BrandEvent brandEvent) => RecordCase(Guid.Empty, null, [brandEvent]);

    private BrandView? View() => S.Profile is not { } p ? null : new BrandView(
        this.GetPrimaryKeyString(), p.Name, p.Rights, p.Tier,
        new AccuracyView(S.Upheld, S.Rejected, AccuracyRatio.Of(S.Upheld, S.Rejected), S.TakenDownAtOnce, S.VerifiedCounterfeit, S.VerifiedGenuine),
        S.RegisteredAt, S.UpdatedAt);
}
