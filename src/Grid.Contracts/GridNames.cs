namespace Grid.Contracts;

/// <summary>Names the silo and every client must agree on.</summary>
public static class GridNames
{
    /// <summary>The named grain storage every Grid grain persists to.</summary>
    public const string Storage = "grid";

    /// <summary>The stream provider carrying brand events.</summary>
    public const string StreamProvider = "grid-streams";

    /// <summary>The stream namespace of brand events; the stream key is the brand id.</summary>
    public const string BrandEventsNamespace = "brand-events";
}
