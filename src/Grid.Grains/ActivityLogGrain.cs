using Grid.Contracts;
using Grid.Contracts.Reports;
using Grid.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Grains;

/// <summary>
/// One hour and bucket of the enforcement log. In Memory mode the entries are the grain's state: a snapshot and a
/// journal of the entries since (an append writes the journal, not the whole hour). With an <see cref="IActivityStore"/>
/// registered (Postgres mode) they go to it and the grain keeps none.
/// </summary>
public sealed class ActivityLogGrain(
    [PersistentState("activity", GridNames.Storage)] IPersistentState<ActivityLogState> snapshot,
    [PersistentState("activity-journal", GridNames.Storage)] IPersistentState<ActivityLogState> journal,
    IServiceProvider services) : Grain, IActivityLogGrain
{
    // Below this the journal is never folded: a quiet hour's appends stay one small write each.
    private const int MinJournal = 32;

    private readonly IActivityStore? store = services.GetService<IActivityStore>();
    private HashSet<string>? puids;

    public async Task Append(ActivityRecord entry)
    {
        if (store is not null)
        {
            await store.Append(this.GetPrimaryKeyString(), entry);
            return;
        }
        puids ??= [.. Entries().Select(e => e.Puid)];
        if (!puids.Add(entry.Puid)) return;
        var appended = journal.State.Entries;
        appended.Add(entry);
        try
        {
            await journal.WriteStateAsync();
        }
        catch
        {
            // Not stored, so not recorded: the caller's retry must write it.
            appended.RemoveAt(appended.Count - 1);
            puids.Remove(entry.Puid);
            throw;
        }
        if (Journals.ShouldCompact(appended.Count, puids.Count, MinJournal)) await Compact();
    }

    public async Task<IReadOnlyList<ActivityRecord>> Read() =>
        store is not null ? await store.Read(this.GetPrimaryKeyString()) : [.. Entries()];

    /// <summary>The snapshot, then the journal without what a fold cut short (snapshot written, journal not yet emptied) already holds.</summary>
    private IEnumerable<ActivityRecord> Entries()
    {
        var folded = snapshot.State.Entries;
        if (journal.State.Entries.Count == 0) return folded;
        var inSnapshot = folded.Select(e => e.Puid).ToHashSet();
        return folded.Concat(journal.State.Entries.Where(e => !inSnapshot.Contains(e.Puid)));
    }

    private async Task Compact()
    {
        try
        {
            snapshot.State.Entries = [.. Entries()];
            await snapshot.WriteStateAsync();
            journal.State.Entries.Clear();
            await journal.WriteStateAsync();
        }
        catch
        {
            // The entry is in the journal already; start over from storage next time rather than trust memory.
            DeactivateOnIdle();
        }
    }
}
