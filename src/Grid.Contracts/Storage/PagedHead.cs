namespace Grid.Contracts.Storage;

/// <summary>
/// What a grain's own state holds of a long list kept in pages: the newest items (fewer than a page), how many full
/// pages are in storage, and from which page on they are still needed. A change to the list writes this head and at
/// most one page, so the cost of a write does not grow with the list.
/// </summary>
[GenerateSerializer, Alias("grid.paged-head`1")]
public sealed class PagedHead<T>
{
    [Id(0)] public List<T> Tail { get; set; } = [];

    /// <summary>Full pages written: numbered 0 to Pages - 1.</summary>
    [Id(1)] public int Pages { get; set; }

    /// <summary>Pages before this hold nothing the owner still needs; they stay in storage and are not read at activation.</summary>
    [Id(2)] public int First { get; set; }
}
