using Grid.Domain.Review;

namespace Grid.Domain.Tests;

public sealed class ReviewPartitionsTests
{
    [Fact]
    public void Partition_IsStableForACase()
    {
        var caseId = Guid.Parse("7d1c1b1e-2f3a-4b5c-8d6e-0123456789ab");

        // The last four bytes, 0x456789ab, modulo 16: fixed, because cases find their partition again after any restart.
        Assert.Equal(0xb, ReviewPartitions.Of(caseId, 16));
        Assert.Equal(ReviewPartitions.Of(caseId, 16), ReviewPartitions.Of(caseId, 16));
    }

    [Fact]
    public void Cases_SpreadEvenlyOverThePartitions()
    {
        var counts = new int[16];
        for (var i = 0; i < 16_000; i++) counts[ReviewPartitions.Of(Guid.NewGuid(), 16)]++;

        Assert.All(counts, c => Assert.InRange(c, 800, 1200));
    }

    [Fact]
    public void OnePartition_HoldsEverything()
    {
        Assert.Equal(0, ReviewPartitions.Of(Guid.NewGuid(), 1));
    }

    [Theory]
    [InlineData(0, 31, false)]
    [InlineData(0, 32, true)]
    [InlineData(100, 32, true)]
    [InlineData(6000, 100, false)]
    [InlineData(6000, 109, true)]
    [InlineData(100_000, 447, true)]
    [InlineData(100_000, 446, false)]
    public void Journal_IsFoldedIn_AtAboutTheSquareRootOfTwiceTheEntries(int entries, int journal, bool compact)
    {
        Assert.Equal(compact, ReviewPartitions.ShouldCompact(journal, entries));
    }
}
