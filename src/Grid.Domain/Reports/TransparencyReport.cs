namespace Grid.Domain.Reports;

/// <summary>The figures of a transparency report over a period (DSA art. 15 and 24).</summary>
public sealed record TransparencyFigures(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyDictionary<NoticeChannel, int> NoticesBySource,
    int Takedowns,
    IReadOnlyDictionary<NoticeChannel, int> TakedownsBySource,
    int AutomatedTakedowns,
    double? MedianHoursToAction,
    double? P90HoursToAction,
    int AppealsFiled,
    int AppealsGranted,
    int AppealsDenied,
    double? AppealsGrantedShare,
    IReadOnlyDictionary<PenaltyKind, int> PenaltiesByRung);

public static class TransparencyReport
{
    /// <summary>Counts the entries in [from, to); time to action is from the notice to the takedown.</summary>
    public static TransparencyFigures Compute(IEnumerable<IActivity> log, DateTimeOffset from, DateTimeOffset to)
    {
        var entries = log.Where(a => a.At >= from && a.At < to).ToList();
        var takedowns = entries.Where(a => a.Kind == ActivityKind.Takedown).ToList();
        var hours = takedowns.Where(t => t.NoticedAt is not null).Select(t => (t.At - t.NoticedAt!.Value).TotalHours).Order().ToList();
        var granted = entries.Count(a => a.Kind == ActivityKind.AppealGranted);
        var denied = entries.Count(a => a.Kind == ActivityKind.AppealDenied);
        return new TransparencyFigures(
            from, to,
            Count(entries.Where(a => a.Kind == ActivityKind.Notice), a => a.Channel!.Value, Enum.GetValues<NoticeChannel>()),
            takedowns.Count,
            Count(takedowns.Where(t => t.Channel is not null), t => t.Channel!.Value, Enum.GetValues<NoticeChannel>()),
            takedowns.Count(t => t.AutomatedDecision),
            Percentile(hours, 0.5),
            Percentile(hours, 0.9),
            entries.Count(a => a.Kind == ActivityKind.AppealFiled),
            granted,
            denied,
            granted + denied == 0 ? null : (double)granted / (granted + denied),
            Count(entries.Where(a => a.Kind == ActivityKind.Penalty && a.Penalty is not null), a => a.Penalty!.Value,
                Enum.GetValues<PenaltyKind>().Where(p => p != PenaltyKind.None)));
    }

    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static Dictionary<TKey, int> Count<TKey>(IEnumerable<IActivity> entries, Func<IActivity, TKey> key, IEnumerable<TKey> all)
        where TKey : notnull
    {
        var counts = all.ToDictionary(k => k, _ => 0);
        foreach (var e in entries) counts[key(e)]++;
        return counts;
    }
}
