using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class EnforcementPolicyTests
{
    private static void AssertReported(IReadOnlyList<string> errors, params string[] fragments) =>
        Assert.Contains(errors, e => fragments.All(f => e.Contains(f, StringComparison.Ordinal)));

    private static EnforcementPolicy WithRung(int index, PenaltyRung rung)
    {
        var policy = Policies.Default();
        policy.PenaltyLadder[index] = rung;
        return policy;
    }

    [Fact]
    public void DefaultPolicy_IsValid()
    {
        Assert.Empty(Policies.Default().Validate());
    }

    [Fact]
    public void EmptyPolicy_ReportsEveryMissingNumber()
    {
        var errors = new EnforcementPolicy().Validate();

        AssertReported(errors, "DueWithinHours");
        AssertReported(errors, "Review:ClaimMinutes");
        AssertReported(errors, "Review:QueuePartitions");
        AssertReported(errors, "Flags:Verify");
        AssertReported(errors, "Flags:AutoTakedown");
        AssertReported(errors, "ExpiryDays");
        AssertReported(errors, "PenaltyLadder");
        AssertReported(errors, "Tiers:WindowDays");
        AssertReported(errors, "Tiers:MinDecidedNotices");
        AssertReported(errors, "Tiers:AdmitSuccessRate");
        AssertReported(errors, "Tiers:MaxOverturnedRate", "required");
        AssertReported(errors, "Tiers:CooldownDays", "required");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-48)]
    public void NonPositiveReviewDeadline_IsReported(double hours)
    {
        var policy = Policies.Default();
        policy.Review.DueWithinHours = hours;

        AssertReported(policy.Validate(), "DueWithinHours");
    }

    [Fact]
    public void NaNReviewDeadline_IsReported()
    {
        var policy = Policies.Default();
        policy.Review.DueWithinHours = double.NaN;

        AssertReported(policy.Validate(), "DueWithinHours");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    public void VerifyThresholdOutsideZeroToOne_IsReported(double verify)
    {
        var policy = Policies.Default();
        policy.Flags.Verify = verify;

        AssertReported(policy.Validate(), "Flags:Verify");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    public void AutoTakedownThresholdOutsideZeroToOne_IsReported(double autoTakedown)
    {
        var policy = Policies.Default();
        policy.Flags.AutoTakedown = autoTakedown;

        AssertReported(policy.Validate(), "Flags:AutoTakedown");
    }

    [Fact]
    public void NaNFlagThresholds_AreReported()
    {
        var policy = Policies.Default();
        policy.Flags.Verify = double.NaN;
        policy.Flags.AutoTakedown = double.NaN;

        var errors = policy.Validate();

        AssertReported(errors, "Flags:Verify");
        AssertReported(errors, "Flags:AutoTakedown");
    }

    [Fact]
    public void ThresholdOfExactlyOne_IsAllowed()
    {
        var policy = Policies.Default();
        policy.Flags.AutoTakedown = 1;

        Assert.Empty(policy.Validate());
    }

    [Fact]
    public void VerifyAboveAutoTakedown_IsReported()
    {
        var policy = Policies.Default();
        policy.Flags.Verify = 0.9;
        policy.Flags.AutoTakedown = 0.8;

        AssertReported(policy.Validate(), "Verify", "AutoTakedown", "exceed");
    }

    [Fact]
    public void VerifyEqualToAutoTakedown_IsAllowed()
    {
        var policy = Policies.Default();
        policy.Flags.Verify = 0.9;
        policy.Flags.AutoTakedown = 0.9;

        Assert.Empty(policy.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-90)]
    public void NonPositiveStrikeExpiry_IsReported(int days)
    {
        var policy = Policies.Default();
        policy.Strikes.ExpiryDays = days;

        AssertReported(policy.Validate(), "ExpiryDays");
    }

    [Fact]
    public void EmptyLadder_IsReported()
    {
        var policy = Policies.Default();
        policy.PenaltyLadder.Clear();

        AssertReported(policy.Validate(), "PenaltyLadder", "rung");
    }

    [Fact]
    public void RungWithPenaltyNone_IsReportedWithItsIndex()
    {
        var policy = WithRung(0, new PenaltyRung { Penalty = PenaltyKind.None, ActiveStrikes = 1 });

        AssertReported(policy.Validate(), "PenaltyLadder:0", "Penalty");
    }

    [Fact]
    public void RungWithBothActiveStrikesAndAWindow_IsReported()
    {
        var policy = WithRung(1, new PenaltyRung
        {
            Penalty = PenaltyKind.ListingRestriction, ActiveStrikes = 2, Strikes = 2, WithinDays = 30, DurationDays = 7,
        });

        AssertReported(policy.Validate(), "PenaltyLadder:1", "either");
    }

    [Fact]
    public void RungWithNeitherActiveStrikesNorAWindow_IsReported()
    {
        var policy = WithRung(2, new PenaltyRung { Penalty = PenaltyKind.Suspension, DurationDays = 30 });

        AssertReported(policy.Validate(), "PenaltyLadder:2", "either");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RungWithNonPositiveActiveStrikes_IsReported(int active)
    {
        var policy = WithRung(0, new PenaltyRung { Penalty = PenaltyKind.Warning, ActiveStrikes = active });

        AssertReported(policy.Validate(), "PenaltyLadder:0", "ActiveStrikes");
    }

    [Fact]
    public void WindowRungWithoutWithinDays_IsReported()
    {
        var policy = WithRung(3, new PenaltyRung { Penalty = PenaltyKind.Termination, Strikes = 5 });

        AssertReported(policy.Validate(), "PenaltyLadder:3", "WithinDays");
    }

    [Fact]
    public void WindowRungWithoutStrikes_IsReported()
    {
        var policy = WithRung(3, new PenaltyRung { Penalty = PenaltyKind.Termination, WithinDays = 365 });

        AssertReported(policy.Validate(), "PenaltyLadder:3", "Strikes");
    }

    [Theory]
    [InlineData(0, 365)]
    [InlineData(5, 0)]
    [InlineData(-5, 365)]
    [InlineData(5, -365)]
    public void WindowRungWithNonPositiveNumbers_IsReported(int strikes, int withinDays)
    {
        var policy = WithRung(3, new PenaltyRung { Penalty = PenaltyKind.Termination, Strikes = strikes, WithinDays = withinDays });

        AssertReported(policy.Validate(), "PenaltyLadder:3", "positive");
    }

    [Theory]
    [InlineData(PenaltyKind.ListingRestriction, null)]
    [InlineData(PenaltyKind.ListingRestriction, 0)]
    [InlineData(PenaltyKind.Suspension, null)]
    [InlineData(PenaltyKind.Suspension, -30)]
    public void TimedPenaltyWithoutPositiveDuration_IsReported(PenaltyKind kind, int? durationDays)
    {
        var index = kind == PenaltyKind.ListingRestriction ? 1 : 2;
        var policy = Policies.Default();
        policy.PenaltyLadder[index].DurationDays = durationDays;

        AssertReported(policy.Validate(), $"PenaltyLadder:{index}", "DurationDays");
    }

    [Theory]
    [InlineData(PenaltyKind.Warning)]
    [InlineData(PenaltyKind.Termination)]
    public void WarningOrTerminationWithADuration_IsReported(PenaltyKind kind)
    {
        var index = kind == PenaltyKind.Warning ? 0 : 3;
        var policy = Policies.Default();
        policy.PenaltyLadder[index].DurationDays = 10;

        AssertReported(policy.Validate(), $"PenaltyLadder:{index}", "DurationDays");
    }

    [Fact]
    public void TwoRungsForTheSamePenalty_AreReported()
    {
        var policy = Policies.Default();
        policy.PenaltyLadder.Add(new PenaltyRung { Penalty = PenaltyKind.Suspension, ActiveStrikes = 4, DurationDays = 60 });

        AssertReported(policy.Validate(), "same penalty");
    }

    [Fact]
    public void EachBadRungIsReportedSeparately()
    {
        var policy = Policies.Default();
        policy.PenaltyLadder[1].DurationDays = null;
        policy.PenaltyLadder[2].DurationDays = null;

        var errors = policy.Validate();

        AssertReported(errors, "PenaltyLadder:1", "DurationDays");
        AssertReported(errors, "PenaltyLadder:2", "DurationDays");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void TerminationByActiveStrikes_IsAValidRung()
    {
        // YouTube's rule: three active strikes terminate.
        var policy = WithRung(3, new PenaltyRung { Penalty = PenaltyKind.Termination, ActiveStrikes = 4 });

        Assert.Empty(policy.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-90)]
    [InlineData(TierPolicy.MaxWindowDays + 1)]
    public void TierWindowOutsideOneToAYear_IsReported(int days)
    {
        var policy = Policies.Default();
        policy.Tiers.WindowDays = days;

        AssertReported(policy.Validate(), "Tiers:WindowDays");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-20)]
    public void NonPositiveMinimumOfDecidedNotices_IsReported(int min)
    {
        var policy = Policies.Default();
        policy.Tiers.MinDecidedNotices = min;

        AssertReported(policy.Validate(), "Tiers:MinDecidedNotices");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.9)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void AdmitSuccessRateOutsideZeroToOne_IsReported(double rate)
    {
        var policy = Policies.Default();
        policy.Tiers.AdmitSuccessRate = rate;

        AssertReported(policy.Validate(), "Tiers:AdmitSuccessRate");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void MaxOverturnedRateOutsideZeroToOne_IsReported(double rate)
    {
        var policy = Policies.Default();
        policy.Tiers.MaxOverturnedRate = rate;

        AssertReported(policy.Validate(), "Tiers:MaxOverturnedRate");
    }

    [Fact]
    public void NegativeCooldown_IsReported()
    {
        var policy = Policies.Default();
        policy.Tiers.CooldownDays = -1;

        AssertReported(policy.Validate(), "Tiers:CooldownDays");
    }

    [Fact]
    public void ZeroToleranceForOverturnsAndNoCooldown_AreValidPolicies()
    {
        var policy = Policies.Default();
        policy.Tiers.MaxOverturnedRate = 0;
        policy.Tiers.CooldownDays = 0;
        policy.Tiers.AdmitSuccessRate = 1;
        policy.Tiers.WindowDays = TierPolicy.MaxWindowDays;

        Assert.Empty(policy.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(7 * 24 * 60 + 1)]
    public void ClaimMinutesOutsideAWeek_IsReported(double minutes)
    {
        var policy = Policies.Default();
        policy.Review.ClaimMinutes = minutes;

        AssertReported(policy.Validate(), "Review:ClaimMinutes");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(257)]
    public void QueuePartitionsOutsideOneTo256_IsReported(int partitions)
    {
        var policy = Policies.Default();
        policy.Review.QueuePartitions = partitions;

        AssertReported(policy.Validate(), "Review:QueuePartitions");
    }
}
