using Grid.Domain.Review;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewOrderTests
{
    private static ReviewKey Key(ReviewPriority priority, double? dueDay, double filedDay, Guid? caseId = null) =>
        new(priority, dueDay is { } d ? Day(d) : null, Day(filedDay), caseId ?? Guid.NewGuid());

    [Fact]
    public void TrustedNotice_GoesFirst_EvenWhenAStandardOneIsDueEarlier()
    {
        var trusted = Key(ReviewPriority.Trusted, dueDay: 5, filedDay: 3);
        var standardOverdue = Key(ReviewPriority.Standard, dueDay: 1, filedDay: -1);

        Assert.True(ReviewOrder.Compare(trusted, standardOverdue) < 0);
    }

    [Fact]
    public void WithinAPriority_TheEarliestDueGoesFirst()
    {
        Assert.True(ReviewOrder.Compare(Key(ReviewPriority.Standard, 1, 0), Key(ReviewPriority.Standard, 2, -5)) < 0);
    }

    [Fact]
    public void SameDueTime_TheEarliestFiledGoesFirst()
    {
        Assert.True(ReviewOrder.Compare(Key(ReviewPriority.Standard, 2, 0), Key(ReviewPriority.Standard, 2, 0.5)) < 0);
    }

    [Fact]
    public void EverythingElseEqual_TheCaseIdDecides_SoTheOrderIsTotal()
    {
        var low = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var high = Guid.Parse("00000000-0000-0000-0000-000000000002");

        Assert.True(ReviewOrder.Compare(Key(ReviewPriority.Standard, 2, 0, low), Key(ReviewPriority.Standard, 2, 0, high)) < 0);
        Assert.Equal(0, ReviewOrder.Compare(Key(ReviewPriority.Standard, 2, 0, low), Key(ReviewPriority.Standard, 2, 0, low)));
    }

    [Fact]
    public void CaseWithoutDueTime_WaitsBehindEveryCaseWithOne()
    {
        Assert.True(ReviewOrder.Compare(Key(ReviewPriority.Standard, 900, 0), Key(ReviewPriority.Standard, null, -10)) < 0);
    }

    [Fact]
    public void SortingAShuffledQueue_GivesPriorityThenDueThenFiled()
    {
        var expected = new[]
        {
            Key(ReviewPriority.Trusted, 1, 0),
            Key(ReviewPriority.Trusted, 3, 1),
            Key(ReviewPriority.Standard, 0.5, -1.5),
            Key(ReviewPriority.Standard, 2, 0),
            Key(ReviewPriority.Standard, 2, 0.25),
            Key(ReviewPriority.Standard, null, 0),
        };
        var shuffled = expected.Reverse().ToList();

        shuffled.Sort();

        Assert.Equal(expected, shuffled);
    }

    [Fact]
    public void EveryPriority_HasARank()
    {
        foreach (var priority in Enum.GetValues<ReviewPriority>()) ReviewOrder.Rank(priority);
    }

    [Fact]
    public void GoodFaithBrand_IsTheTrustedFlagger()
    {
        Assert.Equal(ReviewPriority.Trusted, ReviewPriorities.Of(ProgramTier.GoodFaith));
        Assert.Equal(ReviewPriority.Standard, ReviewPriorities.Of(ProgramTier.Standard));
        Assert.Equal(ReviewPriority.Standard, ReviewPriorities.Of(null));
    }

    [Fact]
    public void EntryKey_IsItsPriorityDueFiledAndCase()
    {
        var entry = TestEntry.Filed(1, ReviewPriority.Trusted);

        Assert.Equal(new ReviewKey(ReviewPriority.Trusted, Day(3), Day(1), entry.CaseId), entry.Key);
    }
}
