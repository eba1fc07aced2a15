using Orleans.Concurrency;

namespace Grid.Contracts.Reports;

/// <summary>One hour and bucket of the enforcement log (key: see <see cref="ActivityLog"/>). Calls no other grain.</summary>
[Alias("grid.IActivityLogGrain")]
public interface IActivityLogGrain : IGrainWithStringKey
{
    /// <summary>Adds the entry unless one with its puid is there already (a re-driven step).</summary>
    [Alias("append")]
    Task Append(ActivityRecord entry);

    [Alias("read"), ReadOnly]
    Task<IReadOnlyList<ActivityRecord>> Read();
}

[GenerateSerializer, Alias("grid.activity-log-state")]
public sealed class ActivityLogState
{
    /// <summary>In the "activity" state, the snapshot; in "activity-journal", the entries appended since it.</summary>
    [Id(0)] public List<ActivityRecord> Entries { get; set; } = [];
}
