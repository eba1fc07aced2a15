using Grid.Domain.Brands;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>The brand's rolling window of decided notices: per-day buckets, moved as outcomes change, dropped as days leave.</summary>
public sealed class NoticeWindowTests
{
    private const int Window = 90;
    private static readonly DateOnly D0 = NoticeWindow.DayOf(T0);

    private static DateOnly D(int day) => D0.AddDays(day);

    private static CountedNotice Counted(int day, NoticeResult result, NoticeKind kind = NoticeKind.Counterfeit) => new(kind, D(day), result);

    private static List<NoticeBucket> Record(IEnumerable<NoticeBucket> buckets, CountedNotice? from, CountedNotice? to, int today) =>
        NoticeWindow.Move(buckets, from, to, D(today), Window);

    [Theory]
    [InlineData(BrandOutcome.Upheld, NoticeResult.TakenDown)]
    [InlineData(BrandOutcome.TakenDownAtOnce, NoticeResult.TakenDown)]
    [InlineData(BrandOutcome.Rejected, NoticeResult.Rejected)]
    [InlineData(BrandOutcome.Overturned, NoticeResult.Overturned)]
    public void ComplaintOutcomes_CountInTheFigures(BrandOutcome outcome, NoticeResult expected)
    {
        Assert.Equal(expected, NoticeWindow.ResultOf(outcome));
    }

    [Theory]
    [InlineData(BrandOutcome.Retracted)]
    [InlineData(BrandOutcome.VerifiedCounterfeit)]
    [InlineData(BrandOutcome.VerifiedGenuine)]
    [InlineData(null)]
    public void RetractionsAndVerificationAnswers_AreNotInTheFigures(BrandOutcome? outcome)
    {
        Assert.Null(NoticeWindow.ResultOf(outcome));
    }

    [Fact]
    public void AFlagCase_HasNoKind_AndCountsNowhere()
    {
        Assert.Null(NoticeWindow.Where(null, D(0), BrandOutcome.VerifiedCounterfeit));
        Assert.Null(NoticeWindow.Where(null, D(0), BrandOutcome.Upheld));
        Assert.Null(NoticeWindow.Where(NoticeKind.Patent, null, BrandOutcome.Upheld));
        Assert.Equal(Counted(0, NoticeResult.Rejected, NoticeKind.Patent), NoticeWindow.Where(NoticeKind.Patent, D(0), BrandOutcome.Rejected));
    }

    [Fact]
    public void ADecidedNotice_CountsInTheBucketOfItsDayAndKind()
    {
        var buckets = Record([], null, Counted(3, NoticeResult.TakenDown), today: 3);
        buckets = Record(buckets, null, Counted(3, NoticeResult.Rejected), today: 3);
        buckets = Record(buckets, null, Counted(3, NoticeResult.TakenDown, NoticeKind.Patent), today: 3);

        Assert.Equal(
            [new NoticeBucket(D(3), NoticeKind.Counterfeit, 1, 1, 0), new NoticeBucket(D(3), NoticeKind.Patent, 1, 0, 0)],
            buckets);
    }

    [Fact]
    public void AnOverturnedTakedown_LeavesTheDayItWasUpheld_ForTheDayItWasOverturned()
    {
        var buckets = Record([], null, Counted(1, NoticeResult.TakenDown), today: 1);
        buckets = Record(buckets, null, Counted(1, NoticeResult.TakenDown), today: 1);

        buckets = Record(buckets, Counted(1, NoticeResult.TakenDown), Counted(40, NoticeResult.Overturned), today: 40);

        Assert.Equal(
            [new NoticeBucket(D(1), NoticeKind.Counterfeit, 1, 0, 0), new NoticeBucket(D(40), NoticeKind.Counterfeit, 0, 0, 1)],
            buckets);
    }

    [Fact]
    public void UpheldThenRetractedThenOverturned_CountsOnlyTheOverturn()
    {
        var buckets = Record([], null, Counted(1, NoticeResult.TakenDown), today: 1);

        buckets = Record(buckets, Counted(1, NoticeResult.TakenDown), null, today: 2);
        Assert.Empty(buckets);

        buckets = Record(buckets, null, Counted(5, NoticeResult.Overturned), today: 5);
        Assert.Equal([new NoticeBucket(D(5), NoticeKind.Counterfeit, 0, 0, 1)], buckets);
    }

    [Fact]
    public void AnOutcomeChangingAfterItsDayLeftTheWindow_TakesNothingBack_AndCountsTheNewResult()
    {
        var buckets = Record([], null, Counted(0, NoticeResult.TakenDown), today: 0);

        buckets = Record(buckets, Counted(0, NoticeResult.TakenDown), Counted(120, NoticeResult.Overturned), today: 120);

        Assert.Equal([new NoticeBucket(D(120), NoticeKind.Counterfeit, 0, 0, 1)], buckets);
    }

    [Fact]
    public void AResultDatedBeforeTheWindow_IsNotCounted()
    {
        Assert.Empty(Record([], null, Counted(0, NoticeResult.TakenDown), today: Window));
    }

    [Fact]
    public void DaysThatLeftTheWindow_AreDroppedAtTheNextWrite()
    {
        var buckets = Record([], null, Counted(0, NoticeResult.TakenDown), today: 0);
        buckets = Record(buckets, null, Counted(10, NoticeResult.Rejected), today: 10);

        var lastDayIn = Record(buckets, null, null, today: Window - 1);
        var dayAfter = Record(buckets, null, null, today: Window);

        Assert.Equal(2, lastDayIn.Count);
        Assert.Equal([new NoticeBucket(D(10), NoticeKind.Counterfeit, 0, 1, 0)], dayAfter);
    }

    [Fact]
    public void Figures_CountOnlyTheDaysInTheWindow_EvenBeforeTheyAreDropped()
    {
        List<NoticeBucket> buckets =
        [
            new(D(0), NoticeKind.Counterfeit, 5, 0, 0),
            new(D(30), NoticeKind.Counterfeit, 3, 1, 0),
            new(D(30), NoticeKind.Copyright, 2, 0, 1),
        ];

        var figures = NoticeWindow.Figures(buckets, D(Window), Window);

        Assert.Equal(new NoticeFigures(5, 1, 1), figures.Overall);
        Assert.Equal(new NoticeFigures(3, 1, 0), figures.ByKind[NoticeKind.Counterfeit]);
        Assert.Equal(new NoticeFigures(2, 0, 1), figures.ByKind[NoticeKind.Copyright]);
        Assert.Equal(NoticeFigures.None, figures.ByKind[NoticeKind.Patent]);
        Assert.Equal(Enum.GetValues<NoticeKind>().Length, figures.ByKind.Count);
    }

    [Fact]
    public void TheBucketsStayBoundedByTheWindow_HoweverLongTheHistory()
    {
        List<NoticeBucket> buckets = [];
        for (var day = 0; day < 1000; day++)
            foreach (var kind in Enum.GetValues<NoticeKind>())
                buckets = Record(buckets, null, Counted(day, NoticeResult.TakenDown, kind), today: day);

        Assert.Equal(Window * Enum.GetValues<NoticeKind>().Length, buckets.Count);
        Assert.Equal(buckets.OrderBy(b => b.Day).ThenBy(b => b.Kind), buckets);
    }

    [Fact]
    public void TheWindowsFirstDay_IsWindowDaysBackCountingToday()
    {
        Assert.Equal(D(11), NoticeWindow.FirstDay(D(100), Window));
    }

    [Fact]
    public void ADaysBucket_IsItsUtcDay()
    {
        var eveningInNewYork = new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2025, 3, 2), NoticeWindow.DayOf(eveningInNewYork));
    }
}
