namespace Grid.Domain.Review;

/// <summary>Where an open case stands in the operators' queue. Unique per case, so paging after a key never repeats or skips one.</summary>
public readonly record struct ReviewKey(ReviewPriority Priority, DateTimeOffset? DueAt, DateTimeOffset FiledAt, Guid CaseId)
    : IComparable<ReviewKey>
{
    public int CompareTo(ReviewKey other) => ReviewOrder.Compare(this, other);
}

/// <summary>
/// The queue's ordering rule. Trusted notices come first (DSA art. 22: notices from trusted flaggers are
/// processed and decided with priority); within a priority, the earliest due first (an overdue case is
/// due earliest of all), then the earliest filed; the case id breaks the last ties so the order is total.
/// A case without a due time waits behind every case with one.
/// </summary>
public static class ReviewOrder
{
    public static int Compare(ReviewKey a, ReviewKey b)
    {
        var c = Rank(a.Priority).CompareTo(Rank(b.Priority));
        if (c != 0) return c;
        c = (a.DueAt ?? DateTimeOffset.MaxValue).CompareTo(b.DueAt ?? DateTimeOffset.MaxValue);
        if (c != 0) return c;
        c = a.FiledAt.CompareTo(b.FiledAt);
        return c != 0 ? c : a.CaseId.CompareTo(b.CaseId);
    }

    /// <summary>Lower goes first. A table, not the enum's numbers, so a new priority can sit anywhere without renumbering stored values.</summary>
    public static int Rank(ReviewPriority priority) => priority switch
    {
        ReviewPriority.Trusted => 0,
        ReviewPriority.Standard => 1,
        ReviewPriority.Demoted => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "No rank for this review priority."),
    };
}
