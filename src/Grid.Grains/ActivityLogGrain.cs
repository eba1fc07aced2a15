using Grid.Contracts;
using Grid.Contracts.Reports;

namespace Grid.Grains;

public sealed class ActivityLogGrain(
    [PersistentState("activity", GridNames.Storage)] IPersistentState<ActivityLogState> state) : Grain, IActivityLogGrain
{
    private HashSet<string>? puids;

    public async Task Append(ActivityRecord entry)
    {
        puids ??= [.. state.State.Entries.Select(e => e.Puid)];
        if (!puids.Add(entry.Puid)) return;
        state.State.Entries.Add(entry);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not stored, so not recorded: the caller's retry must write it.
            state.State.Entries.RemoveAt(state.State.Entries.Count - 1);
            puids.Remove(entry.Puid);
            throw;
        }
    }

    public Task<IReadOnlyList<ActivityRecord>> Read() => Task.FromResult<IReadOnlyList<ActivityRecord>>(state.State.Entries);
}
