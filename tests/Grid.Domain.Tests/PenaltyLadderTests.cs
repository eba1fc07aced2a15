using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>When strikes fire penalties, under the default policy.</summary>
public sealed class PenaltyLadderTests
{
    private static readonly PenaltyLadder Ladder = new(Policies.Default());

    [Fact]
    public void StrikeExpiry_IsNinetyDaysAfterTheStrike()
    {
        Assert.Equal(new DateTimeOffset(2025, 5, 30, 9, 30, 0, TimeSpan.Zero), Ladder.StrikeExpiry(T0));
    }

    [Fact]
    public void Strike_IsActiveUntilJustBeforeItExpires()
    {
        var strike = new TestStrike(T0, Ladder.StrikeExpiry(T0));

        Assert.True(PenaltyLadder.IsActive(strike, T0));
        Assert.True(PenaltyLadder.IsActive(strike, Day(90).AddTicks(-1)));
        Assert.False(PenaltyLadder.IsActive(strike, Day(90)));
        Assert.False(PenaltyLadder.IsActive(strike, Day(200)));
    }

    [Fact]
    public void NoStrikes_StandOnNoRung()
    {
        Assert.Null(Ladder.Rung(Array.Empty<TestStrike>(), T0));
    }

    [Fact]
    public void FirstStrike_FiresWarningWithoutEnd()
    {
        var seller = Seller.UnderDefaultPolicy();

        var fired = seller.StrikeOn(T0);

        Assert.Equal(new PenaltyToImpose(PenaltyKind.Warning, T0, null), fired);
    }

    [Fact]
    public void SecondActiveStrike_FiresListingRestrictionForSevenDays()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOn(Day(0));

        var fired = seller.StrikeOn(Day(10));

        Assert.Equal(new PenaltyToImpose(PenaltyKind.ListingRestriction, Day(10), Day(17)), fired);
    }

    [Fact]
    public void ThirdActiveStrike_FiresSuspensionForThirtyDays()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 10);

        var fired = seller.StrikeOn(Day(20));

        Assert.Equal(new PenaltyToImpose(PenaltyKind.Suspension, Day(20), Day(50)), fired);
    }

    [Fact]
    public void FourthActiveStrike_StaysOnSuspensionRung_AndFiresNothing()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 10, 20);

        var fired = seller.StrikeOn(Day(30));

        Assert.Null(fired);
        Assert.Equal(PenaltyKind.Suspension, seller.RungAt(Day(30)));
    }

    [Fact]
    public void FifthStrikeWithinAYear_FiresPermanentTermination()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 10, 20, 30);

        var fired = seller.StrikeOn(Day(40));

        Assert.Equal(new PenaltyToImpose(PenaltyKind.Termination, Day(40), null), fired);
    }

    [Fact]
    public void EachRungCrossing_FiresExactlyOnce()
    {
        var seller = Seller.UnderDefaultPolicy();

        var fired = seller.StrikeOnDays(0, 1, 2, 3, 4, 5, 6);

        Assert.Equal(
            [PenaltyKind.Warning, PenaltyKind.ListingRestriction, PenaltyKind.Suspension, null, PenaltyKind.Termination, null, null],
            fired);
    }

    [Fact]
    public void ResentStrike_WhichChangesNothing_FiresNothing()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1);
        var strikes = seller.Strikes.ToList();

        var fired = Ladder.OnStrike(strikes, strikes, Day(2));

        Assert.Null(fired);
    }

    [Fact]
    public void StrikeAfterAnEarlierOneExpired_FiresRestrictionRatherThanSuspension()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 50);

        var fired = seller.StrikeOn(Day(100)); // the day-0 strike expired on day 90

        Assert.Equal(PenaltyKind.ListingRestriction, fired?.Kind);
    }

    [Fact]
    public void StrikeAfterAllEarlierOnesExpired_StartsAgainAtWarning()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 10);

        var fired = seller.StrikeOn(Day(150));

        Assert.Equal(PenaltyKind.Warning, fired?.Kind);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public void ThreeStrikesSpreadOver200Days_NeverSuspend(double spacingDays)
    {
        var seller = Seller.UnderDefaultPolicy();

        var fired = seller.StrikeOnDays(0, spacingDays, 2 * spacingDays);

        Assert.DoesNotContain(PenaltyKind.Suspension, fired);
        Assert.NotEqual(PenaltyKind.Suspension, seller.RungAt(Day(2 * spacingDays)));
    }

    [Fact]
    public void FiveStrikesWithin365Days_TerminateEvenWhenEarlierOnesExpired()
    {
        var seller = Seller.UnderDefaultPolicy();
        // 91 days apart: each strike has expired before the next one lands.
        seller.StrikeOnDays(0, 91, 182, 273);
        Assert.DoesNotContain(seller.Strikes.Take(4), s => PenaltyLadder.IsActive(s, Day(364)));

        var fired = seller.StrikeOn(Day(364));

        Assert.Equal(PenaltyKind.Termination, fired?.Kind);
    }

    [Fact]
    public void FiveStrikesSpanningMoreThanAYear_DoNotTerminate()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 92, 184, 276);

        var fired = seller.StrikeOn(Day(368));

        Assert.Equal(PenaltyKind.Warning, fired?.Kind);
        Assert.NotEqual(PenaltyKind.Termination, seller.RungAt(Day(368)));
    }

    [Fact]
    public void StrikeAfterTermination_FiresNothingMore()
    {
        var seller = Seller.UnderDefaultPolicy();
        seller.StrikeOnDays(0, 1, 2, 3, 4);

        var fired = seller.StrikeOn(Day(5));

        Assert.Null(fired);
    }

    [Fact]
    public void Rung_IsTheMostSevereThatHolds_WhateverTheOrderOfTheLadder()
    {
        var policy = Policies.Default();
        policy.PenaltyLadder.Reverse();
        var ladder = new PenaltyLadder(policy);
        TestStrike[] strikes = [TestStrike.On(Day(0)), TestStrike.On(Day(1)), TestStrike.On(Day(2))];

        Assert.Equal(PenaltyKind.Suspension, ladder.Rung(strikes, Day(3))?.Penalty);
    }

    [Theory]
    [InlineData(PenaltyKind.None, false)]
    [InlineData(PenaltyKind.Warning, false)]
    [InlineData(PenaltyKind.ListingRestriction, true)]
    [InlineData(PenaltyKind.Suspension, true)]
    [InlineData(PenaltyKind.Termination, true)]
    public void OnlyRestrictionSuspensionAndTermination_AffectListings(PenaltyKind kind, bool expected)
    {
        Assert.Equal(expected, PenaltyLadder.AffectsListings(kind));
    }

    [Fact]
    public void OnStrike_OverATimeline_DecidesAsOverTheStrikes()
    {
        var strikes = new List<TestStrike>();
        for (var day = 0; day < 400; day += 9)
        {
            var was = Ladder.Rung(StrikeTimeline.Of(strikes), Day(day));
            Assert.Equal(Ladder.Rung(strikes, Day(day)), was);
            var before = strikes.ToList();
            strikes.Add(new TestStrike(Day(day), Ladder.StrikeExpiry(Day(day))));
            Assert.Equal(Ladder.OnStrike(before, strikes, Day(day)), Ladder.OnStrike(was, StrikeTimeline.Of(strikes), Day(day)));
        }
    }
}
