using Grid.Contracts;
using Grid.Contracts.Events;

namespace Grid.Grains;

public sealed class BrandEventPageGrain(
    [PersistentState("events", GridNames.Storage)] IPersistentState<BrandEventPageState> state) : Grain, IBrandEventPageGrain
{
    private List<BrandEvent> Events => state.State.Events;

    public async Task Append(IReadOnlyList<BrandEvent> events)
    {
        var last = Events.Count > 0 ? Events[^1].Sequence : FirstSequence() - 1;
        var added = false;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            if (e.Sequence <= last) continue;
            if (e.Sequence != last + 1 || BrandEventLog.PageOf(e.Sequence) != Page())
                throw new ArgumentException($"Event {e.Sequence} does not follow event {last} on this page.", nameof(events));
            Events.Add(e);
            last = e.Sequence;
            added = true;
        }
        if (added) await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<BrandEvent>> Read(long after) =>
        Task.FromResult<IReadOnlyList<BrandEvent>>([.. Events.Where(e => e.Sequence > after)]);

    private long Page() => long.Parse(this.GetPrimaryKeyString().AsSpan()[(this.GetPrimaryKeyString().LastIndexOf('\u001f') + 1)..]);

    private long FirstSequence() => Page() * BrandEventLog.PageSize + 1;
}
