using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class PenaltyExpiryTests
{
    [Fact]
    public void NothingToExpire_IsNull()
    {
        Assert.Null(PenaltyExpiry.Next([], [], Day(0)));
    }

    [Fact]
    public void Next_IsTheEarliestFutureStrikeExpiryOrPenaltyEnd()
    {
        IStrike[] strikes = [TestStrike.On(Day(0)), TestStrike.On(Day(5))];
        IPenalty[] penalties = [new TestPenalty(PenaltyKind.Suspension, Day(5), Day(35))];

        Assert.Equal(Day(35), PenaltyExpiry.Next(strikes, penalties, Day(6)));
        Assert.Equal(Day(90), PenaltyExpiry.Next(strikes, penalties, Day(36)));
        Assert.Equal(Day(95), PenaltyExpiry.Next(strikes, penalties, Day(90)));
        Assert.Null(PenaltyExpiry.Next(strikes, penalties, Day(95)));
    }

    [Fact]
    public void PermanentPenalties_NeverExpire()
    {
        IPenalty[] penalties = [new TestPenalty(PenaltyKind.Termination, Day(0), null), new TestPenalty(PenaltyKind.Warning, Day(0), null)];

        Assert.Null(PenaltyExpiry.Next([], penalties, Day(1)));
    }

    [Fact]
    public void ListingPenaltyEnded_OnlyInsideTheWindow()
    {
        IPenalty[] penalties = [new TestPenalty(PenaltyKind.ListingRestriction, Day(0), Day(7))];

        Assert.False(PenaltyExpiry.ListingPenaltyEnded(penalties, Day(0), Day(6)));
        Assert.True(PenaltyExpiry.ListingPenaltyEnded(penalties, Day(6), Day(7)));
        Assert.False(PenaltyExpiry.ListingPenaltyEnded(penalties, Day(7), Day(8)));
    }

    [Fact]
    public void AWarningEnding_DoesNotConcernListings()
    {
        IPenalty[] penalties = [new TestPenalty(PenaltyKind.Warning, Day(0), Day(3))];

        Assert.False(PenaltyExpiry.ListingPenaltyEnded(penalties, Day(0), Day(4)));
    }
}
