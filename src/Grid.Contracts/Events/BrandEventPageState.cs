namespace Grid.Contracts.Events;

/// <summary>What a page of a brand's event log persists: its events in sequence order, without gaps.</summary>
[GenerateSerializer, Alias("grid.brand-event-page")]
public sealed class BrandEventPageState
{
    [Id(0)] public List<BrandEvent> Events { get; set; } = [];
}
