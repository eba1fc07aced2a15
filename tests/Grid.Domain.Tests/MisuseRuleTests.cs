using Grid.Domain.Brands;
using Grid.Domain.Misuse;
using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

/// <summary>Misuse controls under the default policy (30-day window, 10 notices, 50% rejected, 7-day steps, 14-day suspension).</summary>
public sealed class MisuseRuleTests
{
    private static readonly MisusePolicy Policy = Policies.Default().Misuse;
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // 10 decided, 5 rejected: exactly at the rate and the minimum.
    private static readonly NoticeFigures Breaching = new(Takedowns: 5, Rejected: 5, Overturned: 0);
    private static readonly NoticeFigures Clean = new(Takedowns: 9, Rejected: 1, Overturned: 0);

    private static MisuseStanding At(MisuseLevel level, DateTimeOffset since, DateTimeOffset? lastBreach = null) => new(level, since, lastBreach ?? since);

    [Fact]
    public void AtTheRateAndTheMinimum_IsBreaching() => Assert.True(MisuseRule.IsBreaching(Breaching, Policy));

    [Fact]
    public void JustBelowTheRate_IsNotBreaching() => Assert.False(MisuseRule.IsBreaching(new NoticeFigures(11, 9, 0), Policy));

    [Fact]
    public void AllRejectedButTooFew_IsNotBreaching() => Assert.False(MisuseRule.IsBreaching(new NoticeFigures(0, 9, 0), Policy));

    [Fact]
    public void NothingDecided_IsNotBreaching() => Assert.False(MisuseRule.IsBreaching(NoticeFigures.None, Policy));

    [Fact]
    public void Breaching_WarnsAtOnce()
    {
        var next = MisuseRule.Decide(Breaching, MisuseStanding.None, T0, Policy);
        Assert.Equal(new MisuseStanding(MisuseLevel.Warned, T0, T0), next);
    }

    [Fact]
    public void Clean_StaysNone() => Assert.Equal(MisuseLevel.None, MisuseRule.Decide(Clean, MisuseStanding.None, T0, Policy).Level);

    [Fact]
    public void Warned_StillBreachingBeforeStepDays_StaysWarned() =>
        Assert.Equal(MisuseLevel.Warned, MisuseRule.Decide(Breaching, At(MisuseLevel.Warned, T0), T0.AddDays(7).AddTicks(-1), Policy).Level);

    [Fact]
    public void Warned_StillBreachingAfterStepDays_IsDemoted()
    {
        var next = MisuseRule.Decide(Breaching, At(MisuseLevel.Warned, T0), T0.AddDays(7), Policy);
        Assert.Equal(new MisuseStanding(MisuseLevel.Demoted, T0.AddDays(7), T0.AddDays(7)), next);
    }

    [Fact]
    public void Demoted_StillBreachingAfterStepDays_IsSuspended()
    {
        var next = MisuseRule.Decide(Breaching, At(MisuseLevel.Demoted, T0), T0.AddDays(7), Policy);
        Assert.Equal(MisuseLevel.Suspended, next.Level);
        Assert.Equal(T0.AddDays(21), next.Until(Policy));
    }

    [Fact]
    public void Suspended_HoldsForItsDays_EvenWithoutABreach()
    {
        var suspended = At(MisuseLevel.Suspended, T0);
        Assert.Equal(MisuseLevel.Suspended, MisuseRule.Decide(Clean, suspended, T0.AddDays(14).AddTicks(-1), Policy).Level);
        Assert.True(suspended.BarsFilingAt(T0.AddDays(14).AddTicks(-1), Policy));
        Assert.False(suspended.BarsFilingAt(T0.AddDays(14), Policy));
    }

    [Fact]
    public void SuspensionOver_StillBreaching_DropsToDemoted() =>
        Assert.Equal(MisuseLevel.Demoted, MisuseRule.Decide(Breaching, At(MisuseLevel.Suspended, T0), T0.AddDays(14), Policy).Level);

    [Fact]
    public void SuspensionOver_NoLongerBreaching_DropsToNone()
    {
        var next = MisuseRule.Decide(Clean, At(MisuseLevel.Suspended, T0), T0.AddDays(14), Policy);
        Assert.Equal(MisuseLevel.None, next.Level);
        Assert.Null(next.Since);
    }

    [Fact]
    public void NeverMoreThanOneLevelAtOnce()
    {
        var next = MisuseRule.Decide(Breaching, MisuseStanding.None, T0.AddDays(100), Policy);
        Assert.Equal(MisuseLevel.Warned, next.Level);
    }

    [Theory]
    [InlineData(MisuseLevel.Warned, MisuseLevel.None)]
    [InlineData(MisuseLevel.Demoted, MisuseLevel.Warned)]
    public void CalmForStepDays_StepsOneLevelDown(MisuseLevel from, MisuseLevel to)
    {
        Assert.Equal(from, MisuseRule.Decide(Clean, At(from, T0), T0.AddDays(7).AddTicks(-1), Policy).Level);
        Assert.Equal(to, MisuseRule.Decide(Clean, At(from, T0), T0.AddDays(7), Policy).Level);
    }

    [Fact]
    public void StepDown_CountsFromTheLastBreach_NotFromEnteringTheLevel()
    {
        var warned = At(MisuseLevel.Warned, T0, lastBreach: T0.AddDays(5));
        Assert.Equal(MisuseLevel.Warned, MisuseRule.Decide(Clean, warned, T0.AddDays(8), Policy).Level);
        Assert.Equal(MisuseLevel.None, MisuseRule.Decide(Clean, warned, T0.AddDays(12), Policy).Level);
    }

    [Fact]
    public void HoldingALevel_RemembersTheBreach()
    {
        var next = MisuseRule.Decide(Breaching, At(MisuseLevel.Warned, T0), T0.AddDays(3), Policy);
        Assert.Equal(At(MisuseLevel.Warned, T0, T0.AddDays(3)), next);
    }

    [Fact]
    public void DemotedBrand_LosesItsPriority_EvenInGoodFaith()
    {
        Assert.Equal(Review.ReviewPriority.Demoted, Review.ReviewPriorities.Of(ProgramTier.GoodFaith, MisuseLevel.Demoted));
        Assert.Equal(Review.ReviewPriority.Trusted, Review.ReviewPriorities.Of(ProgramTier.GoodFaith, MisuseLevel.Warned));
    }

    [Fact]
    public void DemotedNotices_SortLast()
    {
        Assert.True(Review.ReviewOrder.Rank(Review.ReviewPriority.Demoted) > Review.ReviewOrder.Rank(Review.ReviewPriority.Standard));
    }
}
