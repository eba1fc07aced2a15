using Grid.Domain.Brands;

namespace Grid.Domain.Tests;

public sealed class NoticeRecountTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AFirstOutcome_CountsOnTheDayOfItsStep()
    {
        var (buckets, now) = NoticeRecount.Apply([], new(null, NoticeKind.Trademark, null), BrandOutcome.Rejected, Monday, Monday, 30);

        var bucket = Assert.Single(buckets);
        Assert.Equal(new NoticeBucket(DateOnly.FromDateTime(Monday.UtcDateTime), NoticeKind.Trademark, 0, 1, 0), bucket);
        Assert.Equal(new NoticeCount(BrandOutcome.Rejected, NoticeKind.Trademark, DateOnly.FromDateTime(Monday.UtcDateTime)), now);
    }

    [Fact]
    public void ALaterOutcome_TakesTheNoticeBackFromWhereItCounted()
    {
        var (first, counted) = NoticeRecount.Apply([], new(null, NoticeKind.Counterfeit, null), BrandOutcome.Upheld, Monday, Monday, 30);
        var (second, _) = NoticeRecount.Apply(first, counted, BrandOutcome.Overturned, Monday.AddDays(3), Monday.AddDays(3), 30);

        var bucket = Assert.Single(second);
        Assert.Equal((0, 0, 1), (bucket.Takedowns, bucket.Rejected, bucket.Overturned));
        Assert.Equal(DateOnly.FromDateTime(Monday.AddDays(3).UtcDateTime), bucket.Day);
    }

    [Fact]
    public void AnOutcomeThatCountsNowhere_OnlyTakesTheNoticeBack()
    {
        var (first, counted) = NoticeRecount.Apply([], new(null, NoticeKind.Counterfeit, null), BrandOutcome.Upheld, Monday, Monday, 30);
        var (second, _) = NoticeRecount.Apply(first, counted, BrandOutcome.Retracted, Monday.AddDays(1), Monday.AddDays(1), 30);

        Assert.Empty(second);
    }
}
