using Grid.Domain.Listings;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ListingStatusRuleTests
{
    private static readonly Guid CaseId = Guid.Parse("5b0c8f7e-2a41-8c3d-9e10-0123456789ab");
    private static readonly TestPenalty[] NoPenalties = [];

    private static readonly TestPenalty Termination = new(PenaltyKind.Termination, Day(20), null);
    private static readonly TestPenalty Suspension = new(PenaltyKind.Suspension, Day(10), Day(40));
    private static readonly TestPenalty Restriction = new(PenaltyKind.ListingRestriction, Day(10), Day(17));

    private static ListingVerdict Evaluate(
        TestPenalty[] penalties,
        DateTimeOffset now,
        (Guid, DateTimeOffset)? takedown = null,
        DateTimeOffset? registeredAt = null) =>
        ListingStatusRule.Evaluate(takedown, penalties, registeredAt ?? Day(0), now);

    [Fact]
    public void NoPenaltiesAndNoTakedown_ListingIsOpen()
    {
        var verdict = Evaluate(NoPenalties, Day(5));

        Assert.False(verdict.Blocked);
        Assert.Null(verdict.Reason);
        Assert.Equal(ListingVerdict.Open, verdict);
    }

    [Fact]
    public void OwnTakedown_BlocksWithItsCaseAndTime()
    {
        var verdict = Evaluate(NoPenalties, Day(5), takedown: (CaseId, Day(3)));

        Assert.Equal(new ListingVerdict(true, BlockReason.Takedown, CaseId, Day(3)), verdict);
    }

    [Fact]
    public void Termination_OutranksSuspensionAndTakedown()
    {
        var verdict = Evaluate([Suspension, Termination], Day(25), takedown: (CaseId, Day(3)));

        Assert.Equal(new ListingVerdict(true, BlockReason.SellerTerminated, null, Day(20)), verdict);
    }

    [Fact]
    public void Termination_BlocksForever()
    {
        var verdict = Evaluate([Termination], Day(5000));

        Assert.Equal(BlockReason.SellerTerminated, verdict.Reason);
    }

    [Fact]
    public void Suspension_OutranksOwnTakedown()
    {
        var verdict = Evaluate([Suspension], Day(15), takedown: (CaseId, Day(3)));

        Assert.Equal(new ListingVerdict(true, BlockReason.SellerSuspended, null, Day(10)), verdict);
    }

    [Fact]
    public void Suspension_BlocksListingsRegisteredLongBeforeIt()
    {
        var verdict = Evaluate([Suspension], Day(15), registeredAt: Day(-300));

        Assert.Equal(BlockReason.SellerSuspended, verdict.Reason);
    }

    [Fact]
    public void EndedSuspension_NoLongerBlocks()
    {
        var verdict = Evaluate([Suspension], Day(40));

        Assert.Equal(ListingVerdict.Open, verdict);
    }

    [Fact]
    public void EndedSuspension_LeavesOwnTakedownInPlace()
    {
        var verdict = Evaluate([Suspension], Day(40), takedown: (CaseId, Day(3)));

        Assert.Equal(BlockReason.Takedown, verdict.Reason);
        Assert.Equal(CaseId, verdict.CaseId);
    }

    [Fact]
    public void OwnTakedown_OutranksRestriction()
    {
        var verdict = Evaluate([Restriction], Day(12), takedown: (CaseId, Day(11)), registeredAt: Day(11));

        Assert.Equal(BlockReason.Takedown, verdict.Reason);
    }

    [Fact]
    public void Restriction_BlocksListingRegisteredAfterItStarted()
    {
        var verdict = Evaluate([Restriction], Day(12), registeredAt: Day(11));

        Assert.Equal(new ListingVerdict(true, BlockReason.SellerRestricted, null, Day(10)), verdict);
    }

    [Fact]
    public void Restriction_BlocksListingRegisteredAtTheMomentItStarted()
    {
        var verdict = Evaluate([Restriction], Day(12), registeredAt: Day(10));

        Assert.Equal(BlockReason.SellerRestricted, verdict.Reason);
    }

    [Fact]
    public void Restriction_LeavesListingsRegisteredBeforeItOpen()
    {
        var verdict = Evaluate([Restriction], Day(12), registeredAt: Day(10).AddTicks(-1));

        Assert.Equal(ListingVerdict.Open, verdict);
    }

    [Fact]
    public void Restriction_BlocksOnlyUntilItEnds()
    {
        Assert.True(Evaluate([Restriction], Day(17).AddTicks(-1), registeredAt: Day(11)).Blocked);
        Assert.Equal(ListingVerdict.Open, Evaluate([Restriction], Day(17), registeredAt: Day(11)));
    }

    [Fact]
    public void Warning_DoesNotBlockListings()
    {
        var verdict = Evaluate([new TestPenalty(PenaltyKind.Warning, Day(0), null)], Day(5), registeredAt: Day(1));

        Assert.Equal(ListingVerdict.Open, verdict);
    }

    [Fact]
    public void PenaltyNotYetImposed_DoesNotBlock()
    {
        var verdict = Evaluate([Suspension], Day(5));

        Assert.Equal(ListingVerdict.Open, verdict);
    }
}
