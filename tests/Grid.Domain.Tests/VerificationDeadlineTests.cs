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
    private static OperatorDeadline Review(DateTimeOffset? due, DateTimeOffset? escalated = null) => new(due, escalated);
    private static readonly OperatorDeadline None = new(null, null);

    [Fact]
    public void AComplaintUnderReview_WatchesItsReviewDueTime()
    {
        Assert.Equal(Day(2), CaseDeadlines.Watched(CaseStatus.UnderReview, Review(Day(2)), null));
    }

    [Fact]
    public void AVerificationRequest_WatchesTheBrandsTimeToAnswer()
    {
        Assert.Equal(Day(3), CaseDeadlines.Watched(CaseStatus.VerificationRequested, None, Day(3)));
    }

    [Theory]
    [InlineData(CaseStatus.Upheld)]
    [InlineData(CaseStatus.TakenDown)]
    [InlineData(CaseStatus.VerificationExpired)]
    [InlineData(CaseStatus.AppealDenied)]
    [InlineData(CaseStatus.Overturned)]
    public void ADecidedCase_WatchesNothing(CaseStatus status)
    {
        Assert.Null(CaseDeadlines.Watched(status, Review(Day(2)), Day(3)));
    }

    [Fact]
    public void AnEscalatedReview_WatchesNothingMore()
    {
        Assert.Null(CaseDeadlines.Watched(CaseStatus.UnderReview, Review(Day(2), Day(2)), null));
    }

    [Fact]
    public void AnAppeal_IsUnderItsOwnDeadline_NotTheReviewsItFollowed()
    {
        var operators = CaseDeadlines.ForOperators(CaseStatus.Appealed, Review(Day(2), Day(2)), Review(Day(9)));

        Assert.Equal(Day(9), operators.DueAt);
        Assert.Null(operators.EscalatedAt);
        Assert.Equal(Day(9), CaseDeadlines.Watched(CaseStatus.Appealed, operators, null));
    }

    [Fact]
    public void AnEscalatedAppeal_WatchesNothingMore()
    {
        Assert.Null(CaseDeadlines.Watched(CaseStatus.Appealed, Review(Day(9), Day(9)), null));
    }

    [Theory]
    [InlineData(CaseStatus.UnderReview)]
    [InlineData(CaseStatus.Upheld)]
    [InlineData(CaseStatus.TakenDown)]
    public void OutsideAnAppeal_OperatorsWorkToTheReviewDeadline(CaseStatus status)
    {
        Assert.Equal(Review(Day(2), Day(3)), CaseDeadlines.ForOperators(status, Review(Day(2), Day(3)), Review(Day(9))));
    }

    [Fact]
    public void AnOverdueAppeal_IsEscalated_OnceAndNotEarly()
    {
        Assert.False(ReviewDeadline.ShouldEscalate(CaseStatus.Appealed, Day(9), null, Day(8)));
        Assert.True(ReviewDeadline.ShouldEscalate(CaseStatus.Appealed, Day(9), null, Day(9)));
        Assert.False(ReviewDeadline.ShouldEscalate(CaseStatus.Appealed, Day(9), Day(9), Day(10)));
        Assert.True(CaseMachine.TryApply(CaseStatus.Appealed, CaseAction.Escalate, out var to));
        Assert.Equal(CaseStatus.Appealed, to);
    }
}
