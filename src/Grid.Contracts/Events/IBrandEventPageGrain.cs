using Orleans.Concurrency;

namespace Grid.Contracts.Events;

/// <summary>One page of a brand's event log (key: <see cref="BrandEventLog.PageKey"/>). Calls no other grain.</summary>
[Alias("grid.IBrandEventPageGrain")]
public interface IBrandEventPageGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the events past the last one already stored; an event it already holds is skipped, so the
    /// brand grain can append the same events again after a crash without duplicating them.
    /// </summary>
    [Alias("append")]
    Task Append(IReadOnlyList<BrandEvent> events);

    /// <summary>The page's events after sequence number <paramref name="after"/>, in order.</summary>
    [Alias("read"), ReadOnly]
    Task<IReadOnlyList<BrandEvent>> Read(long after);
}
