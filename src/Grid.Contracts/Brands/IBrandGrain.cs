using Orleans.Concurrency;
using Grid.Contracts.Events;

namespace Grid.Contracts.Brands;

/// <summary>One brand (key: brand id). Calls no other grain; owns the brand's event stream.</summary>
[Alias("grid.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<BrandView> Register(BrandProfile profile);

    [Alias("view"), ReadOnly]
    Task<BrandView?> GetView();

    /// <summary>Counts a decided outcome once per case.</summary>
    [Alias("record-outcome")]
    Task RecordOutcome(Guid caseId, BrandOutcome outcome);

    /// <summary>Stamps the next sequence number on the event and publishes it on the brand's stream.</summary>
    [Alias("publish")]
    Task Publish(BrandEvent brandEvent);
}
