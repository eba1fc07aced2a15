using Grid.Domain.Flags;
using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class FlagTriageTests
{
    private static readonly FlagThresholds Thresholds = Policies.Default().Flags;

    [Fact]
    public void ScoreExactlyAtAutoTakedown_IsTakenDown()
    {
        Assert.Equal(FlagOutcome.TakenDown, FlagTriage.Classify(Policies.AutoTakedown, hasBrandToAsk: true, Thresholds));
    }

    [Fact]
    public void ScoreAtAutoTakedown_IsTakenDownEvenWithNoBrandToAsk()
    {
        Assert.Equal(FlagOutcome.TakenDown, FlagTriage.Classify(Policies.AutoTakedown, hasBrandToAsk: false, Thresholds));
    }

    [Fact]
    public void PerfectScore_IsTakenDown()
    {
        Assert.Equal(FlagOutcome.TakenDown, FlagTriage.Classify(1.0, hasBrandToAsk: true, Thresholds));
    }

    [Fact]
    public void ScoreJustBelowAutoTakedown_AsksTheBrandToVerify()
    {
        var justBelow = Math.BitDecrement(Policies.AutoTakedown);

        Assert.Equal(FlagOutcome.VerificationRequested, FlagTriage.Classify(justBelow, hasBrandToAsk: true, Thresholds));
    }

    [Fact]
    public void ScoreExactlyAtVerify_AsksTheBrandToVerify()
    {
        Assert.Equal(FlagOutcome.VerificationRequested, FlagTriage.Classify(Policies.Verify, hasBrandToAsk: true, Thresholds));
    }

    [Fact]
    public void ScoreJustBelowVerify_IsOnlyRecorded()
    {
        var justBelow = Math.BitDecrement(Policies.Verify);

        Assert.Equal(FlagOutcome.Recorded, FlagTriage.Classify(justBelow, hasBrandToAsk: true, Thresholds));
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(0.8)]
    [InlineData(0.969)]
    public void MidBandScore_WithNoBrandToAsk_IsOnlyRecorded(double score)
    {
        Assert.Equal(FlagOutcome.Recorded, FlagTriage.Classify(score, hasBrandToAsk: false, Thresholds));
    }

    [Fact]
    public void ZeroScore_IsOnlyRecorded()
    {
        Assert.Equal(FlagOutcome.Recorded, FlagTriage.Classify(0.0, hasBrandToAsk: true, Thresholds));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void ScoreWithinZeroAndOne_IsValid(double score)
    {
        Assert.True(FlagTriage.IsValidScore(score));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.0001)]
    [InlineData(1.0001)]
    [InlineData(-1.0)]
    [InlineData(2.0)]
    public void ScoreOutsideZeroAndOne_IsInvalid(double score)
    {
        Assert.False(FlagTriage.IsValidScore(score));
    }

    [Fact]
    public void ScoresJustOutsideTheUnitInterval_AreInvalid()
    {
        Assert.False(FlagTriage.IsValidScore(Math.BitIncrement(1.0)));
        Assert.False(FlagTriage.IsValidScore(Math.BitDecrement(0.0)));
    }
}
