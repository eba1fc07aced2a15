using Grid.Domain.Review;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewFilterTests
{
    private static readonly TestEntry Entry = new(Guid.NewGuid(), DueAt: Day(2), FiledAt: Day(0), BrandId: "acme", Marketplace: "taobao");

    [Fact]
    public void NoCriteria_MatchesEverything()
    {
        Assert.True(ReviewFilter.None.Matches(Entry, Day(1)));
    }

    [Fact]
    public void Brand_MatchesOnlyThatBrand()
    {
        Assert.True((ReviewFilter.None with { BrandId = "acme" }).Matches(Entry, Day(1)));
        Assert.False((ReviewFilter.None with { BrandId = "lotus" }).Matches(Entry, Day(1)));
        Assert.False((ReviewFilter.None with { BrandId = "ACME" }).Matches(Entry, Day(1)));
    }

    [Fact]
    public void Marketplace_MatchesOnlyThatMarketplace()
    {
        Assert.True((ReviewFilter.None with { Marketplace = "taobao" }).Matches(Entry, Day(1)));
        Assert.False((ReviewFilter.None with { Marketplace = "tmall" }).Matches(Entry, Day(1)));
    }

    [Fact]
    public void Status_MatchesOnlyThatStatus()
    {
        Assert.True((ReviewFilter.None with { Status = CaseStatus.UnderReview }).Matches(Entry, Day(1)));
        Assert.False((ReviewFilter.None with { Status = CaseStatus.Filed }).Matches(Entry, Day(1)));
    }

    [Fact]
    public void Overdue_DependsOnNow()
    {
        var overdue = ReviewFilter.None with { Overdue = true };
        var inTime = ReviewFilter.None with { Overdue = false };

        Assert.False(overdue.Matches(Entry, Day(1)));
        Assert.True(inTime.Matches(Entry, Day(1)));
        Assert.True(overdue.Matches(Entry, Day(2)));
        Assert.False(inTime.Matches(Entry, Day(2)));
    }

    [Fact]
    public void Claimed_CountsOnlyAClaimThatStillHolds()
    {
        var claimedUntil = Entry with { ClaimedBy = "operator:ann", ClaimUntil = Day(1) };
        var claimed = ReviewFilter.None with { Claimed = true };
        var unclaimed = ReviewFilter.None with { Claimed = false };

        Assert.True(claimed.Matches(claimedUntil, Day(0.5)));
        Assert.False(unclaimed.Matches(claimedUntil, Day(0.5)));
        Assert.False(claimed.Matches(claimedUntil, Day(1)));
        Assert.True(unclaimed.Matches(claimedUntil, Day(1)));
        Assert.True(unclaimed.Matches(Entry, Day(0.5)));
    }

    [Fact]
    public void Criteria_AllMustHold()
    {
        var filter = new ReviewFilter("acme", "tmall", CaseStatus.UnderReview, false, false);

        Assert.False(filter.Matches(Entry, Day(1)));
        Assert.True(filter.Matches(Entry with { Marketplace = "tmall" }, Day(1)));
    }
}
