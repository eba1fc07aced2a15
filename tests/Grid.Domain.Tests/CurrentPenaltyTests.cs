using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>Which penalty a seller is under at a given time (PenaltyLadder.Current), under the default policy.</summary>
public sealed class CurrentPenaltyTests
{
    [Fact]
    public void SellerWithoutStrikes_IsUnderNoPenalty()
    {
        var seller = Seller.UnderDefaultPolicy();

        Assert.Equal(CurrentPenalty.None, seller.CurrentAt(T0));
    }

    [Fact]
    public void Warning_IsInForceWhileItsStrikeIsActive()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOn(Day(0));

        Assert.Equal(new CurrentPenalty(PenaltyKind.Warning, Day(0), null), seller.CurrentAt(Day(89)));
    }

    [Fact]
    public void Warning_LapsesWhenItsStrikeExpires()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOn(Day(0));

        Assert.Equal(CurrentPenalty.None, seller.CurrentAt(Day(90)));
    }

    [Fact]
    public void ListingRestriction_IsReportedUntilItEnds_ThenFallsBackToWarning()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 10);

        Assert.Equal(new CurrentPenalty(PenaltyKind.ListingRestriction, Day(10), Day(17)), seller.CurrentAt(Day(12)));
        Assert.Equal(PenaltyKind.Warning, seller.CurrentAt(Day(17)).Kind);
    }

    [Fact]
    public void Suspension_OutranksARestrictionStillRunning()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        Assert.Equal(new CurrentPenalty(PenaltyKind.Suspension, Day(2), Day(32)), seller.CurrentAt(Day(3)));
    }

    [Fact]
    public void Suspension_IsReportedUntilTheMomentItEnds()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        Assert.Equal(PenaltyKind.Suspension, seller.CurrentAt(Day(32).AddTicks(-1)).Kind);
    }

    [Fact]
    public void EndedSuspension_FallsBackToWarningWhileAStrikeIsActive()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        var current = seller.CurrentAt(Day(32));

        Assert.Equal(PenaltyKind.Warning, current.Kind);
        Assert.Null(current.Until);
    }

    [Fact]
    public void EndedSuspension_FallsBackToNoneOnceEveryStrikeExpired()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        Assert.Equal(CurrentPenalty.None, seller.CurrentAt(Day(92)));
    }

    [Fact]
    public void Termination_IsPermanent()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2, 3, 4);

        // Years later every strike has expired and left the window: the termination still stands.
        Assert.Equal(new CurrentPenalty(PenaltyKind.Termination, Day(4), null), seller.CurrentAt(Day(3650)));
    }

    [Fact]
    public void TimedPenalty_IsNotInForceBeforeItIsImposed()
    {
        var ladder = new PenaltyLadder(Policies.Default());
        TestStrike[] strikes = [TestStrike.On(Day(0))];
        TestPenalty[] imposed =
        [
            new(PenaltyKind.Warning, Day(0), null),
            new(PenaltyKind.Suspension, Day(10), Day(40)),
        ];

        Assert.Equal(PenaltyKind.Warning, ladder.Current(strikes, imposed, Day(5)).Kind);
    }

    [Fact]
    public void Warning_IsNotInForceOnceNoRungHolds_EvenIfNeverLifted()
    {
        var ladder = new PenaltyLadder(Policies.Default());
        TestPenalty[] imposed = [new(PenaltyKind.Warning, Day(0), null)];

        Assert.Equal(CurrentPenalty.None, ladder.Current(Array.Empty<TestStrike>(), imposed, Day(1)));
    }
}
