using Grid.Domain.Review;
using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class ReviewMergeTests
{
    private static List<List<TestEntry>> Partitions(int partitions, int entries, int seed)
    {
        var random = new Random(seed);
        var all = Enumerable.Range(0, entries).Select(i => TestEntry.Filed(random.Next(0, 40) / 8.0, i % 7 == 0 ? ReviewPriority.Trusted : ReviewPriority.Standard));
        return [.. all.GroupBy(e => ReviewPartitions.Of(e.CaseId, partitions)).Select(g => g.OrderBy(e => e.Key).ToList())];
    }

    [Fact]
    public void Merge_GivesTheFirstEntriesOfAllPartitions_InQueueOrder()
    {
        var partitions = Partitions(16, 400, seed: 3);

        var page = ReviewMerge.Take<TestEntry>([.. partitions], 50);

        var expected = partitions.SelectMany(p => p).OrderBy(e => e.Key).Take(50);
        Assert.Equal(expected.Select(e => e.CaseId), page.Entries.Select(e => e.CaseId));
        Assert.True(page.More);
    }

    [Fact]
    public void Merge_OfFewerEntriesThanTheLimit_TakesThemAll_AndHasNoMore()
    {
        var partitions = Partitions(4, 10, seed: 5);

        var page = ReviewMerge.Take<TestEntry>([.. partitions], 50);

        Assert.Equal(10, page.Entries.Count);
        Assert.False(page.More);
    }

    [Fact]
    public void Merge_OfExactlyTheLimit_HasNoMore()
    {
        var partitions = Partitions(4, 20, seed: 9);

        Assert.False(ReviewMerge.Take<TestEntry>([.. partitions], 20).More);
        Assert.True(ReviewMerge.Take<TestEntry>([.. partitions], 19).More);
    }

    [Fact]
    public void Merge_OfEmptyPartitions_IsEmpty()
    {
        var page = ReviewMerge.Take<TestEntry>([[], []], 50);

        Assert.Empty(page.Entries);
        Assert.False(page.More);
    }
}
