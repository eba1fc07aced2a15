using Orleans.Concurrency;

namespace Grid.Contracts.Sellers;

/// <summary>
/// One page of a seller's archive (key: see <see cref="SellerArchive"/>): the history its state no longer holds,
/// kept in fixed-size pages so that filing an entry rewrites one page, never the whole past. Calls no other grain.
/// </summary>
[Alias("grid.ISellerArchiveGrain")]
public interface ISellerArchiveGrain : IGrainWithStringKey
{
    /// <summary>Files entries of this page; an entry whose sequence number is there already is skipped (a re-flushed outbox).</summary>
    [Alias("file")]
    Task File(IReadOnlyList<SellerArchiveEntry> entries);

    [Alias("read"), ReadOnly]
    Task<IReadOnlyList<SellerArchiveEntry>> Read();
}

[GenerateSerializer, Alias("grid.seller-archive-state")]
public sealed class SellerArchivePage
{
    [Id(0)] public List<SellerArchiveEntry> Entries { get; set; } = [];
}

/// <summary>Where a seller's archive lives: page n holds sequence numbers [n x PageSize, (n + 1) x PageSize).</summary>
public static class SellerArchive
{
    public const int PageSize = 256;

    public static long PageOf(long sequence) => sequence / PageSize;

    public static string Key(string sellerId, long page) => $"{sellerId}\u001f{page}";

    /// <summary>The pages holding sequence numbers below <paramref name="filed"/>.</summary>
    public static IEnumerable<long> Pages(long filed)
    {
        for (long page = 0; page * PageSize < filed; page++) yield return page;
    }
}
