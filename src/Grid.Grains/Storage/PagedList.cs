using Grid.Contracts.Storage;
using Orleans.Storage;

namespace Grid.Grains.Storage;

/// <summary>
/// A grain's long list (a seller's listings, its strikes) kept as a <see cref="PagedHead{T}"/> in the grain's own state
/// plus full pages of <c>pageSize</c> items, each its own record in the grain's storage under the grain's id. Appending
/// changes only the head; a full tail is sealed as a page. Removing an item rewrites the one
/// page that held it. Whatever the list's length, a write serializes at most a page and a head.
/// <para>
/// The owner writes its state after every change here (the head rides in it). A page is always written before the
/// head that counts it, so a crash in between leaves a page the head does not count yet, and sealing again rewrites it.
/// </para>
/// </summary>
public sealed class PagedList<T>(IGrainStorage storage, GrainId owner, string name, int pageSize)
{
    private sealed record Page(int Number, GrainState<List<T>> Record);

    private readonly List<Page> pages = [];
    private readonly List<T> items = [];
    private PagedHead<T> head = new();
    private GrainState<List<T>> next = new([]);

    /// <summary>Every item still needed, oldest first: the loaded pages, then the tail.</summary>
    public IReadOnlyList<T> Items => items;

    /// <summary>Reads the pages the head still needs, and the record the next page will be written to (it may exist).</summary>
    public async Task Load(PagedHead<T> from)
    {
        head = from;
        pages.Clear();
        items.Clear();
        // Read together: in Postgres mode a long look-back is many rows, and one round trip each in turn would add up.
        var numbers = Enumerable.Range(head.First, head.Pages - head.First).ToList();
        var records = await Task.WhenAll(numbers.Select(Read));
        for (var i = 0; i < numbers.Count; i++)
        {
            pages.Add(new Page(numbers[i], records[i]));
            items.AddRange(records[i].State!);
        }
        items.AddRange(head.Tail);
        next = await Read(head.Pages);
    }

    /// <summary>Adds an item to the tail; the caller writes its state, then calls <see cref="SealFull"/>.</summary>
    public void Add(T item)
    {
        head.Tail.Add(item);
        items.Add(item);
    }

    /// <summary>
    /// Writes the tail's full pages, each followed by the owner's state (<paramref name="writeHead"/>) that counts it, so
    /// at most one page is ever written ahead of its head.
    /// </summary>
    public async Task SealFull(Func<Task> writeHead)
    {
        while (head.Tail.Count >= pageSize)
        {
            next.State = head.Tail.GetRange(0, pageSize);
            await storage.WriteStateAsync(PageName(head.Pages), owner, next);
            pages.Add(new Page(head.Pages, next));
            head.Pages++;
            head.Tail.RemoveRange(0, pageSize);
            next = new GrainState<List<T>>([]);
            await writeHead();
        }
    }

    /// <summary>
    /// Removes the matching items. A page that held one is rewritten now; for the tail the caller writes its state.
    /// True when anything was removed.
    /// </summary>
    public async Task<bool> Remove(Predicate<T> match)
    {
        if (items.RemoveAll(match) == 0) return false;
        head.Tail.RemoveAll(match);
        foreach (var page in pages)
        {
            if (page.Record.State!.RemoveAll(match) > 0) await storage.WriteStateAsync(PageName(page.Number), owner, page.Record);
        }
        return true;
    }

    /// <summary>
    /// Lets go of items no longer needed, in memory only: they stay in their pages, and the owner's rule lets go of them
    /// again after a reload. Leading pages left with nothing needed are skipped from then on (the caller writes its
    /// state). True when a page was skipped.
    /// </summary>
    public bool Forget(Predicate<T> match)
    {
        if (items.RemoveAll(match) == 0) return false;
        head.Tail.RemoveAll(match);
        foreach (var page in pages) page.Record.State!.RemoveAll(match);
        var skipped = false;
        while (pages.Count > 0 && pages[0].Record.State!.Count == 0)
        {
            pages.RemoveAt(0);
            head.First++;
            skipped = true;
        }
        return skipped;
    }

    private async Task<GrainState<List<T>>> Read(int page)
    {
        var record = new GrainState<List<T>>([]);
        await storage.ReadStateAsync(PageName(page), owner, record);
        record.State ??= [];
        return record;
    }

    private string PageName(int page) => $"{name}/{page}";
}
