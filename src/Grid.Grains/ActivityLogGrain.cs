using Grid.Contracts;
using Grid.Contracts.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Grains;

/// <summary>
/// One hour and bucket of the enforcement log. In Memory mode the entries are the grain's state; with an
/// <see cref="IActivityStore"/> registered (Postgres mode) they go to it and the grain keeps none.
/// </summary>
public sealed class ActivityLogGrain(
    [PersistentState("activity", GridNames.Storage)] IPersistentState<ActivityLogState> state,
    IServiceProvider services) : Grain, IActivityLogGrain
{
    private readonly IActivityStore? store = services.GetService<IActivityStore>();
    private HashSet<string>? puids;

    public async Task Append(ActivityRecord entry)
    {
        if (store is not null)
        {
            await store.Append(this.GetPrimaryKeyString(), entry);
            return;
        }
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

    public async Task<IReadOnlyList<ActivityRecord>> Read() =>
        store is not null ? await store.Read(this.GetPrimaryKeyString()) : state.State.Entries;
}
