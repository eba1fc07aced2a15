using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>A strike withdrawn (its case retracted) lifts the penalties the remaining strikes would not have earned.</summary>
public sealed class StrikeWithdrawalTests
{
    [Fact]
    public void WithdrawingTheThirdStrike_LiftsTheSuspensionAtOnce()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        var lifted = seller.WithdrawStrikeOf(Day(2), Day(3));

        Assert.Equal([PenaltyKind.Suspension], lifted);
        Assert.Equal(PenaltyKind.ListingRestriction, seller.CurrentAt(Day(3)).Kind);
    }

    [Fact]
    public void WithdrawingTheFirstStrike_ReplaysTheLadderOverTheRest()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2);

        var lifted = seller.WithdrawStrikeOf(Day(0), Day(3));

        // Without the first strike: a warning on day 1 and a restriction from day 2, never a suspension.
        Assert.Equal([PenaltyKind.Warning, PenaltyKind.ListingRestriction, PenaltyKind.Suspension], lifted);
        Assert.Equal(new CurrentPenalty(PenaltyKind.ListingRestriction, Day(2), Day(2 + Policies.RestrictionDays)), seller.CurrentAt(Day(3)));
    }

    [Fact]
    public void WithdrawingTheOnlyStrike_LeavesNoPenalty()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0);

        seller.WithdrawStrikeOf(Day(0), Day(1));

        Assert.Equal(CurrentPenalty.None, seller.CurrentAt(Day(1)));
    }

    [Fact]
    public void WithdrawingAStrike_KeepsPenaltiesTheRestStillEarn()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2, 3);

        var lifted = seller.WithdrawStrikeOf(Day(3), Day(4));

        Assert.Empty(lifted);
        Assert.Equal(PenaltyKind.Suspension, seller.CurrentAt(Day(4)).Kind);
    }

    [Fact]
    public void WithdrawingAStrike_LiftsATerminationItCaused()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 100, 200, 250, 300);
        Assert.Equal(PenaltyKind.Termination, seller.CurrentAt(Day(301)).Kind);

        var lifted = seller.WithdrawStrikeOf(Day(300), Day(301));

        Assert.Contains(PenaltyKind.Termination, lifted);
        Assert.NotEqual(PenaltyKind.Termination, seller.CurrentAt(Day(302)).Kind);
    }

    [Fact]
    public void LiftedPenalty_IsNotInForceAfterItsEnd_WhateverItsKind()
    {
        var lifted = new TestPenalty(PenaltyKind.Termination, Day(0), Day(5));

        Assert.True(PenaltyLadder.InForce(lifted, null, Day(4)));
        Assert.False(PenaltyLadder.InForce(lifted, null, Day(5)));
    }
}
