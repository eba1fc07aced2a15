using Grid.Domain.Cases;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewDeadlineTests
{
    private static readonly DateTimeOffset Due = Day(2);

    [Fact]
    public void UnderReviewWithADueTime_IsWatched()
    {
        Assert.True(ReviewDeadline.NeedsWatch(CaseStatus.UnderReview, Due, null));
    }

    [Theory]
    [InlineData(CaseStatus.Upheld)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Retracted)]
    [InlineData(CaseStatus.TakenDown)]
    public void DecidedCase_IsNotWatched(CaseStatus status)
    {
        Assert.False(ReviewDeadline.NeedsWatch(status, Due, null));
    }

    [Fact]
    public void CaseWithoutDueTime_IsNotWatched()
    {
        // A verification request has no review SLA of its own.
        Assert.False(ReviewDeadline.NeedsWatch(CaseStatus.VerificationRequested, null, null));
    }

    [Fact]
    public void EscalatedCase_IsNotWatchedAgain()
    {
        Assert.False(ReviewDeadline.NeedsWatch(CaseStatus.UnderReview, Due, Due.AddMinutes(1)));
    }

    [Fact]
    public void AtTheDueTime_TheCaseIsEscalated()
    {
        Assert.True(ReviewDeadline.ShouldEscalate(CaseStatus.UnderReview, Due, null, Due));
    }

    [Fact]
    public void ReminderFiringEarly_EscalatesNothing()
    {
        Assert.False(ReviewDeadline.ShouldEscalate(CaseStatus.UnderReview, Due, null, Due.AddSeconds(-1)));
    }

    [Fact]
    public void DecidedBeforeTheTick_EscalatesNothing()
    {
        Assert.False(ReviewDeadline.ShouldEscalate(CaseStatus.Upheld, Due, null, Due.AddHours(1)));
    }

    [Fact]
    public void AlreadyEscalated_IsNotEscalatedTwice()
    {
        Assert.False(ReviewDeadline.ShouldEscalate(CaseStatus.UnderReview, Due, Due, Due.AddHours(5)));
    }

    [Fact]
    public void Until_IsTheTimeLeft_AndZeroOnceMissed()
    {
        Assert.Equal(TimeSpan.FromDays(2), ReviewDeadline.Until(Due, Day(0)));
        Assert.Equal(TimeSpan.Zero, ReviewDeadline.Until(Due, Day(3)));
    }

    [Fact]
    public void Escalation_TellsTheBrand_AndShowsInTheReviewQueue_AndNothingElse()
    {
        Assert.Equal(CaseEffect.TellReviewOverdue | CaseEffect.EnqueueForReview, CaseEffects.For(NoticeSource.Complaint, CaseAction.Escalate));
        Assert.Null(CaseEffects.BrandOutcomeOf(CaseEffects.For(NoticeSource.Complaint, CaseAction.Escalate)));
    }

    [Fact]
    public void AFlagsCase_IsEscalatedOnlyUnderAppeal_BecauseItIsNeverUnderReview()
    {
        Assert.True(CaseEffects.Applies(NoticeSource.Flag, CaseAction.Escalate));
        Assert.False(CaseMachine.TryApply(CaseStatus.VerificationRequested, CaseAction.Escalate, out _));
        Assert.True(CaseMachine.TryApply(CaseStatus.Appealed, CaseAction.Escalate, out _));
    }

    [Fact]
    public void FromTheDueTimeOn_TheCaseIsOverdue()
    {
        Assert.False(ReviewDeadline.IsOverdue(Due, Due.AddTicks(-1)));
        Assert.True(ReviewDeadline.IsOverdue(Due, Due));
        Assert.True(ReviewDeadline.IsOverdue(Due, Day(30)));
    }

    [Fact]
    public void CaseWithoutDueTime_IsNeverOverdue()
    {
        Assert.False(ReviewDeadline.IsOverdue(null, Day(365)));
    }
}
