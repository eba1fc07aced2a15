namespace Grid.Contracts.Events;

/// <summary>
/// Where a brand's durable event log lives: consecutive pages of <see cref="PageSize"/> events, each a
/// grain persisted in grain storage. A page is small and bounded, so appending costs the same for a brand
/// with ten events as for one with ten million; readers go page by page from any sequence number.
/// </summary>
public static class BrandEventLog
{
    public const int PageSize = 64;

    /// <summary>The page holding event <paramref name="sequence"/> (sequences start at 1).</summary>
    public static long PageOf(long sequence) => (sequence - 1) / PageSize;

    /// <summary>Brand ids never contain control characters, so the unit separator cannot be forged by a caller.</summary>
    public static string PageKey(string brandId, long page) => $"{brandId}\u001f{page}";

    public static IBrandEventPageGrain Page(this IGrainFactory grains, string brandId, long page) =>
        grains.GetGrain<IBrandEventPageGrain>(PageKey(brandId, page));
}
