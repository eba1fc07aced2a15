using Grid.Domain.Penalties;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

/// <summary>The timeline answers every count the ladder asks exactly as a pass over the strikes would.</summary>
public sealed class StrikeTimelineTests
{
    [Fact]
    public void Counts_AgreeWithAPassOverTheStrikes_ThroughAddsAndRemovals()
    {
        var random = new Random(5);
        var strikes = new List<TestStrike>();
        var timeline = new StrikeTimeline();
        for (var i = 0; i < 300; i++)
        {
            // Mostly in time order, some late arrivals, some sharing an instant, expiries of different lengths.
            var at = Day(i % 7 == 0 ? random.Next(Math.Max(1, i)) : i).AddHours(random.Next(3));
            var strike = new TestStrike(at, at.AddDays(30 + random.Next(90)));
            strikes.Add(strike);
            timeline.Add(strike);
            if (i % 11 == 0)
            {
                var gone = strikes[random.Next(strikes.Count)];
                strikes.Remove(gone);
                timeline.Remove(gone);
            }
            var now = Day(random.Next(400));
            Assert.Equal(strikes.Count, timeline.Count);
            Assert.Equal(strikes.Count(s => PenaltyLadder.IsActive(s, now)), timeline.ActiveAt(now));
            Assert.Equal(strikes.Count(s => s.At > now), timeline.GivenAfter(now));
            Assert.Equal(strikes.Min(s => (DateTimeOffset?)s.At), timeline.Oldest);
            Assert.Equal(strikes.Where(s => s.ExpiresAt > now).Min(s => (DateTimeOffset?)s.ExpiresAt), timeline.NextExpiryAfter(now));
        }
    }

    [Fact]
    public void Empty_HasNoOldestAndNothingToExpire()
    {
        var timeline = new StrikeTimeline();
        Assert.Null(timeline.Oldest);
        Assert.Null(timeline.NextExpiryAfter(T0));
        Assert.Equal(0, timeline.ActiveAt(T0));
    }

    [Fact]
    public void AStrikeExpiresExactlyAtItsExpiry()
    {
        var timeline = StrikeTimeline.Of([new TestStrike(T0, Day(90))]);
        Assert.Equal(1, timeline.ActiveAt(Day(90).AddTicks(-1)));
        Assert.Equal(0, timeline.ActiveAt(Day(90)));
        Assert.Equal(Day(90), timeline.NextExpiryAfter(Day(89)));
        Assert.Null(timeline.NextExpiryAfter(Day(90)));
    }
}
