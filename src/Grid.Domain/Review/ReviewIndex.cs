namespace Grid.Domain.Review;

/// <summary>
/// One partition's open entries, kept in queue order (<see cref="ReviewOrder"/>) and found by case id:
/// a page is a binary search to the cursor and a walk forward, never a sort.
/// </summary>
public sealed class ReviewIndex<T> where T : class, IReviewEntry
{
    private static readonly Comparer<T> Order = Comparer<T>.Create((a, b) => ReviewOrder.Compare(ReviewEntries.KeyOf(a), ReviewEntries.KeyOf(b)));

    private readonly List<T> ordered = [];
    private readonly Dictionary<Guid, T> byCase = [];

    public int Count => ordered.Count;

    public IReadOnlyList<T> Entries => ordered;

    public T? Find(Guid caseId) => byCase.GetValueOrDefault(caseId);

    /// <summary>Adds or replaces the case's entry; false (and nothing changes) when the index holds this revision or a later one.</summary>
    public bool Put(T entry)
    {
        if (byCase.TryGetValue(entry.CaseId, out var held))
        {
            if (held.Revision >= entry.Revision) return false;
            ordered.RemoveAt(IndexOf(held));
        }
        var at = ordered.BinarySearch(entry, Order);
        ordered.Insert(at < 0 ? ~at : at, entry);
        byCase[entry.CaseId] = entry;
        return true;
    }

    /// <summary>Takes the case's entry out; false when there is none, or it is newer than the removal (the case came back for review).</summary>
    public bool Remove(Guid caseId, int revision)
    {
        if (!byCase.TryGetValue(caseId, out var held) || held.Revision > revision) return false;
        ordered.RemoveAt(IndexOf(held));
        byCase.Remove(caseId);
        return true;
    }

    /// <summary>The entries strictly after <paramref name="after"/> in queue order (all of them without one).</summary>
    public IEnumerable<T> After(ReviewKey? after)
    {
        var start = 0;
        if (after is { } key)
        {
            // Lower bound: the first entry whose key is greater than the cursor's.
            var (lo, hi) = (0, ordered.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (ReviewOrder.Compare(ReviewEntries.KeyOf(ordered[mid]), key) <= 0) lo = mid + 1;
                else hi = mid;
            }
            start = lo;
        }
        for (var i = start; i < ordered.Count; i++) yield return ordered[i];
    }

    private int IndexOf(T held)
    {
        var at = ordered.BinarySearch(held, Order);
        if (at < 0 || !ReferenceEquals(ordered[at], held))
            throw new InvalidOperationException($"Review index lost the order of case {held.CaseId}.");
        return at;
    }
}
