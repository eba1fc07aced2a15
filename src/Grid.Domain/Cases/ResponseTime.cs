namespace Grid.Domain.Cases;

/// <summary>How long a notice has waited for, or waited until, its decision: what the SLA is measured by.</summary>
public static class ResponseTime
{
    /// <summary>From filing to the decision, or to now while undecided; never negative (silos' clocks may differ).</summary>
    public static TimeSpan Of(DateTimeOffset filedAt, DateTimeOffset? decidedAt, DateTimeOffset now)
    {
        var span = (decidedAt ?? now) - filedAt;
        return span > TimeSpan.Zero ? span : TimeSpan.Zero;
    }

    /// <summary>The same in whole seconds, as the API shows it.</summary>
    public static long Seconds(DateTimeOffset filedAt, DateTimeOffset? decidedAt, DateTimeOffset now) =>
        (long)Of(filedAt, decidedAt, now).TotalSeconds;
}
