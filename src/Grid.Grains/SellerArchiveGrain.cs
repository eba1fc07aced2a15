using Grid.Contracts;
using Grid.Contracts.Sellers;

namespace Grid.Grains;

public sealed class SellerArchiveGrain(
    [PersistentState("seller-archive", GridNames.Storage)] IPersistentState<SellerArchivePage> state) : Grain, ISellerArchiveGrain
{
    public async Task File(IReadOnlyList<SellerArchiveEntry> entries)
    {
        // A page holds at most PageSize entries, so this look-up and the write stay the same size however long the history.
        var fresh = entries.Where(e => !state.State.Entries.Any(k => k.Sequence == e.Sequence)).ToList();
        if (fresh.Count == 0) return;
        state.State.Entries.AddRange(fresh);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<SellerArchiveEntry>> Read() => Task.FromResult<IReadOnlyList<SellerArchiveEntry>>([.. state.State.Entries]);
}
