using Grid.Domain.Brands;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>Good Faith Takedown earned and lost, under the default policy (90-day window, 20 notices, 90%, 5%, 90-day cooldown).</summary>
public sealed class TierRuleTests
{
    private static readonly TierPolicy Policy = Policies.Default().Tiers;
    private static readonly TierStanding Standard = new(ProgramTier.Standard, false, null);
    private static readonly TierStanding GoodFaith = new(ProgramTier.GoodFaith, false, null);
    private static readonly TierChange Admission = new(ProgramTier.Standard, ProgramTier.GoodFaith, TierChangeReason.Admitted, null);

    private static TierChange? Decide(TierFigures figures, TierStanding standing, DateTimeOffset? now = null) =>
        TierRule.Decide(figures, standing, now ?? T0, Policy);

    private static TierChange Removal(TierChangeReason reason, NoticeKind? kind = null) =>
        new(ProgramTier.GoodFaith, ProgramTier.Standard, reason, kind);

    [Theory]
    [InlineData(20, 0, 0)]
    [InlineData(18, 2, 0)]   // success exactly 90%
    [InlineData(19, 0, 1)]   // overturned exactly 5% of takedowns
    [InlineData(171, 10, 9)] // both exactly at their bounds: 171 of 190, and 9 of 180
    public void AStandardBrandWithinBothBounds_IsAdmitted(int takedowns, int rejected, int overturned)
    {
        Assert.Equal(Admission, Decide(Figures.Counterfeit(takedowns, rejected, overturned), Standard));
    }

    [Theory]
    [InlineData(89, 11, 0)] // success 89%
    [InlineData(17, 3, 0)]  // success 85%
    [InlineData(38, 0, 3)]  // overturned 7.3%, success 92.7%
    [InlineData(170, 9, 10)] // overturned 5.6%, success 89.9%
    public void AStandardBrandOutsideABound_StaysStandard(int takedowns, int rejected, int overturned)
    {
        Assert.Null(Decide(Figures.Counterfeit(takedowns, rejected, overturned), Standard));
    }

    [Fact]
    public void FewerDecidedNoticesThanTheMinimum_AreNotEnoughToAdmit()
    {
        Assert.Null(Decide(Figures.Counterfeit(Policy.MinDecidedNotices - 1), Standard));
        Assert.Null(Decide(Figures.Of(), Standard));
    }

    [Fact]
    public void TheMinimum_CountsNoticesOfEveryKindTogether()
    {
        var figures = Figures.Of((NoticeKind.Counterfeit, 10, 0, 0), (NoticeKind.Trademark, 10, 0, 0));

        Assert.Equal(Admission, Decide(figures, Standard));
    }

    [Fact]
    public void AGoodFaithBrandWhoseSuccessRateFallsBelow_IsRemoved()
    {
        Assert.Equal(Removal(TierChangeReason.SuccessRateBelowBound), Decide(Figures.Counterfeit(17, 3), GoodFaith));
    }

    [Fact]
    public void AGoodFaithBrandWhoseOverturnedRateRisesAbove_IsRemoved()
    {
        Assert.Equal(Removal(TierChangeReason.OverturnedRateAboveBound), Decide(Figures.Counterfeit(38, 0, 3), GoodFaith));
    }

    [Theory]
    [InlineData(18, 2, 0)]
    [InlineData(19, 0, 1)]
    [InlineData(171, 10, 9)]
    public void AGoodFaithBrandAtTheBounds_Stays(int takedowns, int rejected, int overturned)
    {
        Assert.Null(Decide(Figures.Counterfeit(takedowns, rejected, overturned), GoodFaith));
    }

    [Fact]
    public void AGoodFaithBrandWithTooFewDecidedNotices_IsNotJudged_AndStays()
    {
        // An operator placed it in GoodFaith; five notices, all rejected, are not yet a record.
        Assert.Null(Decide(Figures.Counterfeit(0, 5), GoodFaith));
    }

    [Fact]
    public void AKindWithEnoughNoticesBreakingABound_BlocksAdmission_EvenWhenTheOverallFiguresMeetThem()
    {
        var figures = Figures.Of((NoticeKind.Counterfeit, 200, 0, 0), (NoticeKind.Patent, 15, 5, 0));
        Assert.True(figures.Overall.SuccessRate >= Policy.AdmitSuccessRate);

        Assert.Null(Decide(figures, Standard));
    }

    [Fact]
    public void AKindWithEnoughNoticesBreakingABound_RemovesAGoodFaithBrand_NamingTheKind()
    {
        var figures = Figures.Of((NoticeKind.Counterfeit, 200, 0, 0), (NoticeKind.Copyright, 19, 0, 2));

        Assert.Equal(Removal(TierChangeReason.OverturnedRateAboveBound, NoticeKind.Copyright), Decide(figures, GoodFaith));
    }

    [Fact]
    public void AKindWithTooFewNotices_IsJudgedOnlyWithinTheOverallFigures()
    {
        var figures = Figures.Of((NoticeKind.Counterfeit, 100, 0, 0), (NoticeKind.Patent, 0, 10, 0));

        Assert.Equal(Admission, Decide(figures, Standard));
        Assert.Null(Decide(figures, GoodFaith));
    }

    [Fact]
    public void TheOverallFiguresAreNamedBeforeAKind_AndTheSuccessRateBeforeTheOverturnedRate()
    {
        var figures = Figures.Of((NoticeKind.Counterfeit, 10, 10, 5), (NoticeKind.Design, 10, 10, 5));

        Assert.Equal(Removal(TierChangeReason.SuccessRateBelowBound), Decide(figures, GoodFaith));
    }

    [Fact]
    public void AfterAnAutomaticRemoval_NoAutomaticReadmissionDuringTheCooldown()
    {
        var removed = new TierStanding(ProgramTier.Standard, false, T0);
        var qualifying = Figures.Counterfeit(50);

        Assert.Null(Decide(qualifying, removed, Day(Policies.TierCooldownDays).AddTicks(-1)));
        Assert.Equal(Admission, Decide(qualifying, removed, Day(Policies.TierCooldownDays)));
        Assert.Equal(Day(Policies.TierCooldownDays), removed.CooldownUntil(Policy));
    }

    [Fact]
    public void AnAutomaticRemoval_StartsTheCooldown_AnAdmissionOrAnOperatorDoesNot()
    {
        var removal = Removal(TierChangeReason.SuccessRateBelowBound);
        var operatorDemotion = TierRule.SetByOperator(GoodFaith, ProgramTier.Standard)!;

        Assert.Equal(new TierStanding(ProgramTier.Standard, false, Day(3)), GoodFaith.After(removal, Day(3)));
        Assert.Equal(new TierStanding(ProgramTier.GoodFaith, false, null), Standard.After(Admission, Day(3)));
        Assert.Null(GoodFaith.After(operatorDemotion, Day(3)).CooldownUntil(Policy));
    }

    [Fact]
    public void ABrandBackInGoodFaith_HasNoCooldownToShow()
    {
        var readmitted = new TierStanding(ProgramTier.GoodFaith, false, T0);

        Assert.Null(readmitted.CooldownUntil(Policy));
    }

    [Fact]
    public void APinnedTier_IsNeverChangedAutomatically()
    {
        Assert.Null(Decide(Figures.Counterfeit(100), Standard with { Pinned = true }));
        Assert.Null(Decide(Figures.Counterfeit(0, 100), GoodFaith with { Pinned = true }));
    }

    [Fact]
    public void AnOperatorSettingTheSameTier_ChangesNothing()
    {
        Assert.Null(TierRule.SetByOperator(Standard, ProgramTier.Standard));
        Assert.Equal(
            new TierChange(ProgramTier.Standard, ProgramTier.GoodFaith, TierChangeReason.SetByOperator, null),
            TierRule.SetByOperator(Standard, ProgramTier.GoodFaith));
    }

    [Fact]
    public void AZeroCooldown_AllowsReadmissionAtOnce()
    {
        var policy = Policies.Default().Tiers;
        policy.CooldownDays = 0;

        Assert.Equal(Admission, TierRule.Decide(Figures.Counterfeit(20), new TierStanding(ProgramTier.Standard, false, T0), T0, policy));
    }
}
