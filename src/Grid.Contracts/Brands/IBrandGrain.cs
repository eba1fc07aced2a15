using Orleans.Concurrency;
using Grid.Contracts.Events;
using Grid.Domain;

namespace Grid.Contracts.Brands;

/// <summary>One brand (key: brand id). Owns the brand's event log and stream; calls only its log pages.</summary>
[Alias("grid.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<BrandView> Register(BrandProfile profile);

    [Alias("view"), ReadOnly]
    Task<BrandView?> GetView();

    /// <summary>
    /// What step <paramref name="step"/> of a case means for the brand, in one write: its outcome counted
    /// (once per case) and its events numbered and logged in order. A step already recorded is not recorded again.
    /// </summary>
    [Alias("record-case")]
    Task RecordCase(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events);

    /// <summary>
    /// Numbers the event, logs it and publishes it on the brand's stream; a second call with the same
    /// <paramref name="key"/> is a retry and tells nothing new.
    /// </summary>
    [Alias("publish")]
    Task Publish(string key, BrandEvent brandEvent);

    /// <summary>The sequence number of the brand's latest event (0 when none): where a feed "from now" starts.</summary>
    [Alias("last-event"), ReadOnly]
    Task<long> GetLastEventSequence();
}
