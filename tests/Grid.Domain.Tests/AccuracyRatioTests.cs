using Grid.Domain.Brands;

namespace Grid.Domain.Tests;

public sealed class AccuracyRatioTests
{
    [Fact]
    public void NothingDecided_HasNoRatio()
    {
        Assert.Null(AccuracyRatio.Of(0, 0));
    }

    [Theory]
    [InlineData(3, 1, 0.75)]
    [InlineData(1, 0, 1.0)]
    [InlineData(0, 4, 0.0)]
    [InlineData(99, 1, 0.99)]
    public void Ratio_IsTheShareConfirmedOfDecided(int confirmed, int refuted, double expected)
    {
        Assert.Equal(expected, AccuracyRatio.Of(confirmed, refuted));
    }

    [Fact]
    public void RepeatingShare_IsRoundedToFourPlaces()
    {
        Assert.Equal(0.3333, AccuracyRatio.Of(1, 2));
        Assert.Equal(0.6667, AccuracyRatio.Of(2, 1));
    }

    [Fact]
    public void LargeCounts_DoNotLosePrecision()
    {
        Assert.Equal(0.9, AccuracyRatio.Of(900_000_000, 100_000_000));
    }
}
