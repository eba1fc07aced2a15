namespace Grid.Domain.Brands;

/// <summary>Where a case's notice counted before a step, and where it counts after it.</summary>
public readonly record struct NoticeCount(BrandOutcome? Outcome, NoticeKind? Kind, DateOnly? Day);

/// <summary>
/// Moves one case's notice in a filer's window of decided notices (a brand's, or an agent's that filed for it)
/// when the case reaches an outcome: taken back from where it counted, counted on the day of the step.
/// </summary>
public static class NoticeRecount
{
    public static (List<NoticeBucket> Buckets, NoticeCount Now) Apply(
        IEnumerable<NoticeBucket> buckets, NoticeCount before, BrandOutcome outcome, DateTimeOffset at, DateTimeOffset now, int windowDays)
    {
        var day = NoticeWindow.DayOf(at);
        var moved = NoticeWindow.Move(buckets,
            NoticeWindow.Where(before.Kind, before.Day, before.Outcome), NoticeWindow.Where(before.Kind, day, outcome),
            NoticeWindow.DayOf(now), windowDays);
        return (moved, before with { Outcome = outcome, Day = day });
    }
}
