using Grid.Domain.Cases;
using Grid.Domain.Review;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class AppealsTests
{
    private static readonly AppealPolicy Policy = new() { WindowMonths = 6, AnswerWorkingDays = 3, DecisionHours = 48 };

    [Theory]
    [InlineData(CaseStatus.TakenDown)]
    [InlineData(CaseStatus.Upheld)]
    public void TakedownInForce_CanBeAppealedWithinSixMonths(CaseStatus status)
    {
        Assert.Null(Appeals.AppealProblem(status, T0, T0.AddMonths(6), Policy));
    }

    [Fact]
    public void AfterSixMonths_TheWindowHasClosed()
    {
        Assert.Contains("6 months", Appeals.AppealProblem(CaseStatus.TakenDown, T0, T0.AddMonths(6).AddSeconds(1), Policy)?.English);
    }

    [Theory]
    [InlineData(CaseStatus.UnderReview)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Retracted)]
    [InlineData(CaseStatus.Cleared)]
    [InlineData(CaseStatus.Overturned)]
    [InlineData(CaseStatus.AppealDenied)]
    public void NothingButATakedownInForce_CanBeAppealed(CaseStatus status)
    {
        Assert.Equal("Only a takedown in force can be appealed.", Appeals.AppealProblem(status, T0, T0, Policy)?.English);
    }

    [Fact]
    public void ACaseUnderAppeal_CannotBeAppealedAgain()
    {
        Assert.Equal("This case is already under appeal.", Appeals.AppealProblem(CaseStatus.Appealed, T0, T0, Policy)?.English);
    }

    [Fact]
    public void UnderAppeal_TheListingStaysBlocked_AndAGrantUndoesAll()
    {
        Assert.True(CaseMachine.BlocksListing(CaseStatus.Appealed));
        Assert.True(CaseMachine.BlocksListing(CaseStatus.AppealDenied));
        Assert.False(CaseMachine.BlocksListing(CaseStatus.Overturned));
        var granted = CaseEffects.For(NoticeSource.Complaint, CaseAction.GrantAppeal);
        Assert.True(granted.HasFlag(CaseEffect.UnblockListing | CaseEffect.RemoveStrike | CaseEffect.ReleaseNotice | CaseEffect.TellListingReinstated));
        Assert.Equal(BrandOutcome.Overturned, CaseEffects.BrandOutcomeOf(granted));
    }

    [Fact]
    public void ADeniedAppeal_ChangesNothingButTellsTheBrand_AndLeavesTheQueue()
    {
        Assert.Equal(CaseEffect.TellAppealDecided | CaseEffect.DequeueFromReview, CaseEffects.For(NoticeSource.Complaint, CaseAction.DenyAppeal));
    }

    [Fact]
    public void AGrantedAppealOnADetectorsTakedown_MovesNoBrandRecord()
    {
        Assert.Null(CaseEffects.BrandOutcomeOf(CaseEffects.For(NoticeSource.Flag, CaseAction.GrantAppeal)));
    }

    [Theory]
    [InlineData("2025-03-03T10:00:00Z", "2025-03-06T10:00:00Z")] // Monday -> Thursday
    [InlineData("2025-03-05T10:00:00Z", "2025-03-10T10:00:00Z")] // Wednesday -> Monday, over the weekend
    [InlineData("2025-03-07T10:00:00Z", "2025-03-12T10:00:00Z")] // Friday -> Wednesday
    [InlineData("2025-03-08T10:00:00Z", "2025-03-12T10:00:00Z")] // Saturday -> Wednesday
    public void TheSellersTimeToAnswer_IsThreeWorkingDays(string filed, string due)
    {
        Assert.Equal(DateTimeOffset.Parse(due), Appeals.AnswerDueAt(DateTimeOffset.Parse(filed), 3));
    }

    [Fact]
    public void AnAnswer_IsTakenOnlyWhileUnderReview_AndInTime()
    {
        Assert.Null(Appeals.AnswerProblem(CaseStatus.UnderReview, Day(3), Day(3)));
        Assert.NotNull(Appeals.AnswerProblem(CaseStatus.UnderReview, Day(3), Day(3).AddSeconds(1)));
        Assert.NotNull(Appeals.AnswerProblem(CaseStatus.Upheld, Day(3), Day(1)));
    }

    [Fact]
    public void ABadAppealPolicy_IsRefused()
    {
        var policy = Support.Policies.Default();
        policy.Appeals.WindowMonths = 0;
        policy.Appeals.AnswerWorkingDays = -1;

        var errors = policy.Validate();

        Assert.Contains(errors, e => e.Contains("Appeals:WindowMonths"));
        Assert.Contains(errors, e => e.Contains("Appeals:AnswerWorkingDays"));
    }
}

public sealed class AppealsInTheReviewQueueTests
{
    private static readonly AppealPolicy Policy = new() { WindowMonths = 6, AnswerWorkingDays = 3, DecisionHours = 48 };

    [Fact]
    public void AnAppeal_AwaitsAnOperator_LikeAComplaintUnderReview()
    {
        Assert.True(CaseMachine.AwaitsOperatorReview(CaseStatus.Appealed));
        Assert.True(CaseMachine.AwaitsOperatorReview(CaseStatus.UnderReview));
        Assert.False(CaseMachine.AwaitsOperatorReview(CaseStatus.AppealDenied));
        Assert.False(CaseMachine.AwaitsOperatorReview(CaseStatus.Overturned));
    }

    [Fact]
    public void FilingAnAppeal_PutsTheCaseInTheQueue_AndDecidingItTakesItOut()
    {
        Assert.True(CaseEffects.For(NoticeSource.Complaint, CaseAction.Appeal).HasFlag(CaseEffect.EnqueueForReview));
        Assert.True(CaseEffects.For(NoticeSource.Flag, CaseAction.Appeal).HasFlag(CaseEffect.EnqueueForReview));
        foreach (var source in new[] { NoticeSource.Complaint, NoticeSource.Flag })
        {
            Assert.True(CaseEffects.For(source, CaseAction.GrantAppeal).HasFlag(CaseEffect.DequeueFromReview));
            Assert.True(CaseEffects.For(source, CaseAction.DenyAppeal).HasFlag(CaseEffect.DequeueFromReview));
        }
        // A brand may retract its notice while the appeal waits: the appeal leaves the queue with it; from a
        // takedown never appealed, a retraction has no queue entry to touch.
        Assert.True(CaseEffects.For(NoticeSource.Complaint, CaseStatus.Appealed, CaseAction.RetractTakedown).HasFlag(CaseEffect.DequeueFromReview));
        Assert.False(CaseEffects.For(NoticeSource.Complaint, CaseStatus.TakenDown, CaseAction.RetractTakedown).HasFlag(CaseEffect.DequeueFromReview));
    }

    [Fact]
    public void AnAppeal_IsDueDecisionHoursAfterItWasFiled()
    {
        var filed = new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(filed.AddHours(48), Appeals.DecisionDueAt(filed, Policy));
    }

    [Fact]
    public void AnAppeal_WaitsWithStandardPriority_WhateverTheBrandsStanding()
    {
        Assert.Equal(ReviewPriority.Standard, ReviewPriorities.InQueue(CaseStatus.Appealed, ReviewPriority.Trusted));
        Assert.Equal(ReviewPriority.Standard, ReviewPriorities.InQueue(CaseStatus.Appealed, ReviewPriority.Demoted));
        Assert.Equal(ReviewPriority.Trusted, ReviewPriorities.InQueue(CaseStatus.UnderReview, ReviewPriority.Trusted));
    }

    [Fact]
    public void AnAppealedCase_CannotTakeTheSellersAnswerToAComplaint()
    {
        Assert.NotNull(Appeals.AnswerProblem(CaseStatus.Appealed, null, DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ABadDecisionTime_IsRefused(double hours)
    {
        var policy = Policies.Default();
        policy.Appeals.DecisionHours = hours;
        Assert.Contains(policy.Validate(), e => e.Contains("Appeals:DecisionHours"));
    }
}

public sealed class AgentPriorityTests
{
    [Theory]
    [InlineData(MisuseLevel.None, MisuseLevel.None, ReviewPriority.Trusted)]
    [InlineData(MisuseLevel.Warned, MisuseLevel.None, ReviewPriority.Trusted)]
    [InlineData(MisuseLevel.None, MisuseLevel.Demoted, ReviewPriority.Demoted)]
    [InlineData(MisuseLevel.Demoted, MisuseLevel.None, ReviewPriority.Demoted)]
    [InlineData(MisuseLevel.Warned, MisuseLevel.Suspended, ReviewPriority.Demoted)]
    public void ANoticeFiledByAnAgent_IsDemotedWhenEitherTheBrandOrTheAgentIs(MisuseLevel brand, MisuseLevel agent, ReviewPriority expected)
    {
        Assert.Equal(expected, ReviewPriorities.Of(ProgramTier.GoodFaith, brand, agent));
    }
}
