using Grid.Contracts.Reports;

namespace Grid.Grains;

/// <summary>
/// Where the enforcement log's entries are kept when not in the log grains' own state: in Postgres mode a table
/// takes each entry with one insert, so an append costs the same however full the hour is.
/// </summary>
public interface IActivityStore
{
    /// <summary>Stores the entry unless one with its puid is there already.</summary>
    Task Append(string partition, ActivityRecord entry);

    Task<IReadOnlyList<ActivityRecord>> Read(string partition);
}
