using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>
/// What history a seller keeps (default policy: strikes expire after 90 days, termination looks back 365 days,
/// so two look-backs are 730 days), and that a withdrawal over the kept history decides as over the whole one.
/// </summary>
public sealed class PenaltyRetentionTests
{
    private static readonly PenaltyRetention Retention = new(Policies.Default());

    [Fact]
    public void LookBack_IsTheLongestOfTheStrikeExpiryAndEveryRungsWindow()
    {
        Assert.Equal(TimeSpan.FromDays(365), Retention.LookBack);
        var longExpiry = Policies.Default();
        longExpiry.Strikes.ExpiryDays = 500;
        Assert.Equal(TimeSpan.FromDays(500), new PenaltyRetention(longExpiry).LookBack);
    }

    [Fact]
    public void Prune_KeepsTheStrikesOfTheLastTwoLookBacks_AndDropsTheRest()
    {
        var strikes = Enumerable.Range(0, 101).Select(i => TestStrike.On(Day(i * 10))).ToList();

        var kept = Retention.Prune(strikes, Array.Empty<TestPenalty>(), null, Day(1000), Day(1000));

        Assert.Equal(Day(270), kept.PrunedThrough);
        Assert.All(kept.Strikes, s => Assert.True(s.At > Day(270)));
        Assert.All(kept.DroppedStrikes, s => Assert.True(s.At <= Day(270)));
        Assert.Equal(73, kept.Strikes.Count);
        Assert.Equal(28, kept.DroppedStrikes.Count);
    }

    [Theory]
    [InlineData(null, 269, true)]
    [InlineData(null, 270, true)]
    [InlineData(null, 271, false)]
    [InlineData(300, 290, true)]
    [InlineData(300, 301, false)]
    public void MayDropStrikes_OnlyWhenTheOldestIsAtOrBeforeWhatPruneLetsGoOf(int? prunedThroughDay, int oldestDay, bool may)
    {
        DateTimeOffset? prunedThrough = prunedThroughDay is { } d ? Day(d) : null;
        Assert.Equal(may, Retention.MayDropStrikes(Day(oldestDay), prunedThrough, Day(1000)));
        // The shortcut agrees with the rule itself: a strike of that age is dropped exactly when it may be.
        var kept = Retention.Prune([TestStrike.On(Day(oldestDay))], Array.Empty<TestPenalty>(), prunedThrough, Day(1000), Day(1000));
        Assert.Equal(may, kept.DroppedStrikes.Count == 1);
        Assert.False(Retention.MayDropStrikes(null, prunedThrough, Day(1000)));
    }

    [Fact]
    public void Prune_NeverMovesBack()
    {
        var kept = Retention.Prune(Array.Empty<TestStrike>(), Array.Empty<TestPenalty>(), Day(500), Day(900), Day(900));

        Assert.Equal(Day(500), kept.PrunedThrough);
    }

    [Fact]
    public void Prune_KeepsAnActiveStrike_HoweverOld()
    {
        // An expiry longer than the policy now says (the policy was changed) still counts while it runs.
        var old = new TestStrike(Day(0), Day(1000));

        var kept = Retention.Prune([old], Array.Empty<TestPenalty>(), null, Day(900), Day(900));

        Assert.Equal([old], kept.Strikes);
    }

    [Fact]
    public void Prune_DropsSettledEndedPenalties_KeepsRunningOnesAndTheLatestOpenOneOfEachKind()
    {
        var now = Day(1000); // pruned through day 270: penalties before day 635 are settled
        var endedLongAgo = new TestPenalty(PenaltyKind.Suspension, Day(10), Day(40));
        var oldWarning = new TestPenalty(PenaltyKind.Warning, Day(10), null);
        var laterWarning = new TestPenalty(PenaltyKind.Warning, Day(300), null);
        var termination = new TestPenalty(PenaltyKind.Termination, Day(400), null);
        var liftedTermination = new TestPenalty(PenaltyKind.Termination, Day(200), Day(250));
        var recent = new TestPenalty(PenaltyKind.ListingRestriction, Day(700), Day(707));

        var kept = Retention.Prune(Array.Empty<TestStrike>(),
            [endedLongAgo, oldWarning, laterWarning, termination, liftedTermination, recent], null, now, now);

        Assert.Equal([laterWarning, termination, recent], kept.Penalties);
        Assert.Equal([endedLongAgo, oldWarning, liftedTermination], kept.DroppedPenalties);
    }

    [Fact]
    public void Prune_KeepsAnEndedPenalty_TheListingsHaveNotHeardOfYet()
    {
        var suspension = new TestPenalty(PenaltyKind.Suspension, Day(10), Day(40));

        var kept = Retention.Prune(Array.Empty<TestStrike>(), [suspension], null, endsAppliedUntil: Day(39), now: Day(1000));

        Assert.Equal([suspension], kept.Penalties);
    }

    [Fact]
    public void Settled_OnlyOncePruned_AndOnlyBeforeOneLookBackAfterThePrunedTime()
    {
        var penalty = new TestPenalty(PenaltyKind.Termination, Day(100), null);

        Assert.Null(Retention.SettledBefore(null));
        Assert.False(Retention.IsSettled(penalty, null));
        Assert.True(Retention.IsSettled(penalty, Day(0)));
        Assert.False(Retention.IsSettled(penalty, Day(100) - Retention.LookBack));
    }

    [Fact]
    public void StrikeSettled_WhenItsStepIsAtOrBeforeThePrunedTime()
    {
        Assert.False(PenaltyRetention.StrikeSettled(Day(10), null));
        Assert.True(PenaltyRetention.StrikeSettled(Day(10), Day(10)));
        Assert.False(PenaltyRetention.StrikeSettled(Day(10).AddTicks(1), Day(10)));
    }

    [Fact]
    public void Termination_SurvivesTheWithdrawalOfALaterStrike_OnceItsTriggersArePruned()
    {
        var seller = Seller.PruningUnderDefaultPolicy();
        seller.StrikeOnDays(0, 100, 200, 250, 300);
        Assert.Equal(PenaltyKind.Termination, seller.CurrentAt(Day(301)).Kind);

        seller.StrikeOn(Day(1100));
        Assert.DoesNotContain(seller.Strikes, s => s.At <= Day(300));
        var lifted = seller.WithdrawStrikeOf(Day(1100), Day(1101));

        Assert.Equal([PenaltyKind.Warning], lifted); // only what the withdrawn strike earned itself
        Assert.Equal(new CurrentPenalty(PenaltyKind.Termination, Day(300), null), seller.CurrentAt(Day(1101)));
    }

    [Fact]
    public void Withdrawal_StillLiftsATerminationItCaused_WhileItIsNotSettled()
    {
        var seller = Seller.PruningUnderDefaultPolicy();
        seller.StrikeOnDays(0, 30, 60, 90, 120, 800, 900, 1000, 1050, 1100);
        Assert.Equal(PenaltyKind.Termination, seller.CurrentAt(Day(1101)).Kind);
        Assert.NotNull(seller.PrunedThrough);

        var lifted = seller.WithdrawStrikeOf(Day(1100), Day(1101));

        Assert.Contains(PenaltyKind.Termination, lifted);
        Assert.Equal(PenaltyKind.Termination, seller.CurrentAt(Day(1101)).Kind); // the first one, on day 120, stands
        Assert.Equal(Day(120), seller.CurrentAt(Day(1101)).Since);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void WithdrawalsOverTheKeptHistory_DecideAsOverTheWholeHistory(int seed)
    {
        // A reference seller never prunes but honours the same settled time: every penalty a withdrawal may still
        // change must come out the same, and so must the penalty in force, whatever was pruned.
        var random = new Random(seed);
        var pruning = Seller.PruningUnderDefaultPolicy();
        var whole = Seller.UnderDefaultPolicy();
        var day = 0.0;
        while (day < 2000)
        {
            day += random.NextDouble() * (random.Next(4) == 0 ? 120 : 20);
            var now = Day(day);
            if (random.Next(4) == 0 && pruning.Strikes.Count > 0)
            {
                var gone = pruning.Strikes[random.Next(pruning.Strikes.Count)].At;
                pruning.WithdrawStrikeOf(gone, now);
                whole.SettledBefore = pruning.SettledBefore;
                whole.WithdrawStrikeOf(gone, now);
            }
            else
            {
                Assert.Equal(whole.StrikeOn(now), pruning.StrikeOn(now));
                whole.SettledBefore = pruning.SettledBefore;
            }
            Assert.Equal(whole.CurrentAt(now), pruning.CurrentAt(now));
            var open = whole.Penalties.Where(p => !(p.ImposedAt < pruning.SettledBefore)).ToList();
            Assert.Equal(open, pruning.Penalties.Where(p => !(p.ImposedAt < pruning.SettledBefore)).ToList());
        }
        Assert.NotNull(pruning.PrunedThrough);
        Assert.True(pruning.Strikes.Count < whole.Strikes.Count);
        Assert.Equal(whole.Penalties.Count, pruning.Penalties.Count + pruning.Archived.Count);
    }
}
