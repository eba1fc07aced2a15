using Grid.Domain.Cases;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class VerificationDeadlineTests
{
    private static readonly VerificationPolicy Policy = new() { ExpiresAfterHours = 72 };

    [Fact]
    public void ARequest_IsDueTheConfiguredHoursLater()
    {
        Assert.Equal(T0.AddHours(72), VerificationDeadline.DueAt(T0, Policy));
    }

    [Fact]
    public void AnUnansweredRequest_ExpiresAtItsDueTime_NotBefore()
    {
        var due = VerificationDeadline.DueAt(T0, Policy);

        Assert.False(VerificationDeadline.ShouldExpire(CaseStatus.VerificationRequested, due, due.AddSeconds(-1)));
        Assert.True(VerificationDeadline.ShouldExpire(CaseStatus.VerificationRequested, due, due));
    }

    [Theory]
    [InlineData(CaseStatus.TakenDown)]
    [InlineData(CaseStatus.Cleared)]
    [InlineData(CaseStatus.VerificationExpired)]
    public void AnAnsweredOrExpiredRequest_IsNotWatched(CaseStatus status)
    {
        Assert.False(VerificationDeadline.NeedsWatch(status, Day(3)));
        Assert.False(VerificationDeadline.ShouldExpire(status, Day(3), Day(9)));
    }

    [Fact]
    public void Expiry_ReleasesTheNotice_TellsTheBrand_AndBlocksNothing()
    {
        var effects = CaseEffects.For(NoticeSource.Flag, CaseAction.ExpireVerification);

        Assert.Equal(CaseEffect.ReleaseNotice | CaseEffect.TellVerificationExpired, effects);
        Assert.False(CaseMachine.BlocksListing(CaseStatus.VerificationExpired));
        Assert.False(CaseMachine.AwaitsDecision(CaseStatus.VerificationExpired));
        Assert.False(CaseEffects.Applies(NoticeSource.Complaint, CaseAction.ExpireVerification));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ABadExpiry_IsRefused(double hours)
    {
        var policy = Support.Policies.Default();
        policy.Verification.ExpiresAfterHours = hours;

        Assert.Contains(policy.Validate(), e => e.Contains("Verification:ExpiresAfterHours"));
    }
}

public sealed class CaseDeadlinesTests
{
    [Fact]
    public void AComplaintUnderReview_WatchesItsReviewDueTime()
    {
        Assert.Equal(Day(2), CaseDeadlines.Watched(CaseStatus.UnderReview, Day(2), null, null));
    }

    [Fact]
    public void AVerificationRequest_WatchesTheBrandsTimeToAnswer()
    {
        Assert.Equal(Day(3), CaseDeadlines.Watched(CaseStatus.VerificationRequested, null, null, Day(3)));
    }

    [Theory]
    [InlineData(CaseStatus.Upheld)]
    [InlineData(CaseStatus.TakenDown)]
    [InlineData(CaseStatus.VerificationExpired)]
    public void ADecidedCase_WatchesNothing(CaseStatus status)
    {
        Assert.Null(CaseDeadlines.Watched(status, Day(2), null, Day(3)));
    }

    [Fact]
    public void AnEscalatedReview_WatchesNothingMore()
    {
        Assert.Null(CaseDeadlines.Watched(CaseStatus.UnderReview, Day(2), Day(2), null));
    }
}
