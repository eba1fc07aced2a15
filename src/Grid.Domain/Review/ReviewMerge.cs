namespace Grid.Domain.Review;

/// <summary>The first entries of several partitions' pages, merged in queue order, and whether any were left over.</summary>
public sealed record MergedPage<T>(IReadOnlyList<T> Entries, bool More);

public static class ReviewMerge
{
    /// <summary>
    /// A k-way merge of pages each already in queue order: the first <paramref name="limit"/> entries overall.
    /// It reads only the heads of the pages, so it costs limit x log(pages), whatever each partition holds.
    /// </summary>
    public static MergedPage<T> Take<T>(IReadOnlyList<IReadOnlyList<T>> pages, int limit) where T : IReviewEntry
    {
        var heads = new PriorityQueue<(int Page, int At), ReviewKey>(pages.Count, Comparer<ReviewKey>.Create(ReviewOrder.Compare));
        for (var p = 0; p < pages.Count; p++)
            if (pages[p].Count > 0) heads.Enqueue((p, 0), ReviewEntries.KeyOf(pages[p][0]));

        var taken = new List<T>(Math.Min(limit, pages.Sum(p => p.Count)));
        while (taken.Count < limit && heads.TryDequeue(out var head, out _))
        {
            var page = pages[head.Page];
            taken.Add(page[head.At]);
            if (head.At + 1 < page.Count) heads.Enqueue((head.Page, head.At + 1), ReviewEntries.KeyOf(page[head.At + 1]));
        }
        return new MergedPage<T>(taken, heads.Count > 0);
    }
}
