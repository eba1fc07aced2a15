using Orleans.Concurrency;
using Grid.Contracts.Events;
using Grid.Domain;

namespace Grid.Contracts.Brands;

/// <summary>One brand (key: brand id). Calls no other grain; owns the brand's event stream.</summary>
[Alias("grid.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<BrandView> Register(BrandProfile profile);

    [Alias("view"), ReadOnly]
    Task<BrandView?> GetView();

    /// <summary>
    /// What one case step means for the brand, in one call and one write: its outcome counted
    /// (once per case) and its events published in order.
    /// </summary>
    [Alias("record-case")]
    Task RecordCase(Guid caseId, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events);

    /// <summary>Stamps the next sequence number on the event and publishes it on the brand's stream.</summary>
    [Alias("publish")]
    Task Publish(BrandEvent brandEvent);
}
