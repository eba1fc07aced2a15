using Grid.Domain.Listings;
using Grid.Domain.Tests.Support;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ListingStatusFactsTests
{
    private static readonly Guid CaseId = Guid.Parse("0d6f1c2a-7b3e-4f59-8a21-93c4d5e6f708");
    private static readonly TestPenalty[] None = [];

    [Fact]
    public void NoTakedownAndNoPenalty_AreTheSharedOpenFacts()
    {
        var facts = ListingStatusFacts.Of(true, null, None, Day(0));

        Assert.Same(ListingStatusFacts.Open, facts);
        Assert.Equal(ListingVerdict.Open, facts.Evaluate(Day(1)));
    }

    [Fact]
    public void UnregisteredListing_IsOpen_WhateverElseItHolds()
    {
        var facts = ListingStatusFacts.Of(false, (CaseId, Day(1)), [new TestPenalty(PenaltyKind.Termination, Day(0), null)], null);

        Assert.Same(ListingStatusFacts.Open, facts);
    }

    [Fact]
    public void Takedown_EvaluatesAsTheStatusRuleDoes()
    {
        var facts = ListingStatusFacts.Of(true, (CaseId, Day(3)), None, Day(0));

        Assert.Equal(new ListingVerdict(true, BlockReason.Takedown, CaseId, Day(3)), facts.Evaluate(Day(5)));
    }

    [Fact]
    public void Suspension_RunsOutByTheClockAlone_WithoutNewFacts()
    {
        var facts = ListingStatusFacts.Of(true, null, [new TestPenalty(PenaltyKind.Suspension, Day(10), Day(40))], Day(0));

        Assert.Equal(BlockReason.SellerSuspended, facts.Evaluate(Day(20)).Reason);
        Assert.Equal(ListingVerdict.Open, facts.Evaluate(Day(41)));
    }

    [Fact]
    public void Facts_KeepTheirOwnCopyOfThePenalties()
    {
        var penalties = new List<TestPenalty> { new(PenaltyKind.Suspension, Day(10), Day(40)) };
        var facts = ListingStatusFacts.Of(true, null, penalties, Day(0));

        penalties.Clear();

        Assert.True(facts.Evaluate(Day(20)).Blocked);
    }
}
