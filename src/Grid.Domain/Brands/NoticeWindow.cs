namespace Grid.Domain.Brands;

/// <summary>What a decided notice counts as in the brand's tier figures.</summary>
public enum NoticeResult
{
    TakenDown = 0,
    Rejected = 1,
    Overturned = 2,
}

/// <summary>The decided notices of one kind on one day (UTC) of the brand's window.</summary>
public readonly record struct NoticeBucket(DateOnly Day, NoticeKind Kind, int Takedowns, int Rejected, int Overturned);

/// <summary>Where one case's notice counts in the window: its kind, the day it got its result, and the result.</summary>
public readonly record struct CountedNotice(NoticeKind Kind, DateOnly Day, NoticeResult Result);

/// <summary>
/// The brand's rolling window of decided notices, kept as one bucket per day and kind that had any, so what
/// the brand writes on every case is bounded by the window, not by its history.
/// </summary>
public static class NoticeWindow
{
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>The first day inside a window of <paramref name="windowDays"/> days that ends today.</summary>
    public static DateOnly FirstDay(DateOnly today, int windowDays) => today.AddDays(1 - windowDays);

    /// <summary>
    /// What a case outcome counts as in the figures. Only a brand's own complaints count: a verification answer is
    /// not a notice the brand sent, and counting "genuine" against it would reward answering "counterfeit". A
    /// retraction takes the notice out (Alibaba counts a withdrawn complaint only once a counter-notice came, and a
    /// counter-notice that succeeds is an overturn, which a later retraction does not undo).
    /// </summary>
    public static NoticeResult? ResultOf(BrandOutcome? outcome) => outcome switch
    {
        BrandOutcome.Upheld or BrandOutcome.TakenDownAtOnce => NoticeResult.TakenDown,
        BrandOutcome.Rejected => NoticeResult.Rejected,
        BrandOutcome.Overturned => NoticeResult.Overturned,
        _ => null,
    };

    /// <summary>Where a case's notice counts, given its kind, the day of its result and that result; null when it counts nowhere.</summary>
    public static CountedNotice? Where(NoticeKind? kind, DateOnly? day, BrandOutcome? outcome) =>
        kind is { } k && day is { } d && ResultOf(outcome) is { } r ? new CountedNotice(k, d, r) : null;

    /// <summary>
    /// Takes one case's notice out of the bucket it counted in (if that day is still in the window), counts it
    /// where it counts now, and drops the days that left the window. Buckets stay ordered by day, then kind.
    /// </summary>
    public static List<NoticeBucket> Move(
        IEnumerable<NoticeBucket> buckets, CountedNotice? from, CountedNotice? to, DateOnly today, int windowDays)
    {
        var first = FirstDay(today, windowDays);
        var kept = buckets.Where(b => b.Day >= first).ToList();
        if (from is { } f) Count(kept, f, -1);
        if (to is { } t && t.Day >= first) Count(kept, t, +1);
        return kept;
    }

    /// <summary>The figures of the notices decided within the window ending today, overall and per kind.</summary>
    public static TierFigures Figures(IEnumerable<NoticeBucket> buckets, DateOnly today, int windowDays)
    {
        var first = FirstDay(today, windowDays);
        var byKind = Enum.GetValues<NoticeKind>().ToDictionary(k => k, _ => NoticeFigures.None);
        foreach (var b in buckets.Where(b => b.Day >= first))
            byKind[b.Kind] = byKind[b.Kind].Plus(new NoticeFigures(b.Takedowns, b.Rejected, b.Overturned));
        var overall = byKind.Values.Aggregate(NoticeFigures.None, (sum, f) => sum.Plus(f));
        return new TierFigures(overall, byKind);
    }

    private static void Count(List<NoticeBucket> buckets, CountedNotice notice, int by)
    {
        var i = buckets.FindIndex(b => b.Day == notice.Day && b.Kind == notice.Kind);
        if (i < 0)
        {
            // Nothing to take back: the day already left the window.
            if (by < 0) return;
            i = buckets.FindIndex(b => b.Day > notice.Day || (b.Day == notice.Day && b.Kind > notice.Kind));
            if (i < 0) i = buckets.Count;
            buckets.Insert(i, new NoticeBucket(notice.Day, notice.Kind, 0, 0, 0));
        }
        var bucket = buckets[i];
        bucket = notice.Result switch
        {
            NoticeResult.TakenDown => bucket with { Takedowns = bucket.Takedowns + by },
            NoticeResult.Rejected => bucket with { Rejected = bucket.Rejected + by },
            NoticeResult.Overturned => bucket with { Overturned = bucket.Overturned + by },
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Result, null),
        };
        if (bucket is { Takedowns: 0, Rejected: 0, Overturned: 0 }) buckets.RemoveAt(i);
        else buckets[i] = bucket;
    }
}
