using Grid.Domain.Brands;
using Grid.Domain.Cases;

namespace Grid.Domain.Tests;

/// <summary>How a brand's record counts the outcomes of its cases.</summary>
public sealed class BrandTallyTests
{
    private static readonly BrandTally Empty = default;

    [Fact]
    public void UpheldAndRejected_MakeTheAccuracy()
    {
        var tally = Empty.Record(null, BrandOutcome.Upheld)!.Value
            .Record(null, BrandOutcome.Upheld)!.Value
            .Record(null, BrandOutcome.Rejected)!.Value;

        Assert.Equal(2, tally.Upheld);
        Assert.Equal(1, tally.Rejected);
        Assert.Equal(0.6667, tally.Accuracy);
    }

    [Fact]
    public void GoodFaithTakedown_CountsAsUpheld_AndApart()
    {
        var tally = Empty.Record(null, BrandOutcome.TakenDownAtOnce)!.Value;

        Assert.Equal(1, tally.Upheld);
        Assert.Equal(1, tally.TakenDownAtOnce);
        Assert.Equal(1.0, tally.Accuracy);
    }

    [Fact]
    public void NoDecidedNotice_HasNoAccuracyYet()
    {
        Assert.Null(Empty.Accuracy);
        Assert.Null(Empty.Record(null, BrandOutcome.VerifiedCounterfeit)!.Value.Accuracy);
    }

    [Theory]
    [InlineData(BrandOutcome.Upheld, BrandOutcome.Upheld)]
    [InlineData(BrandOutcome.Upheld, BrandOutcome.Rejected)]
    [InlineData(BrandOutcome.Rejected, BrandOutcome.Upheld)]
    [InlineData(BrandOutcome.Retracted, BrandOutcome.Retracted)]
    [InlineData(BrandOutcome.Retracted, BrandOutcome.Upheld)]
    public void ACaseCountsOnce_SoAReplayChangesNothing(BrandOutcome counted, BrandOutcome again)
    {
        var tally = Empty.Record(null, counted)!.Value;

        Assert.Null(tally.Record(counted, again));
    }

    [Fact]
    public void RetractingAGoodFaithTakedown_TakesBackItsUpheldCount()
    {
        var tally = Empty.Record(null, BrandOutcome.TakenDownAtOnce)!.Value;

        var retracted = tally.Record(BrandOutcome.TakenDownAtOnce, BrandOutcome.Retracted)!.Value;

        Assert.Equal(new BrandTally(0, 0, 0, 0, 0, 1, 0), retracted);
        Assert.Null(retracted.Accuracy);
    }

    [Fact]
    public void RetractingAPendingComplaint_CountsOnlyTheRetraction()
    {
        var tally = Empty.Record(null, BrandOutcome.Upheld)!.Value;

        var retracted = tally.Record(null, BrandOutcome.Retracted)!.Value;

        Assert.Equal(new BrandTally(1, 0, 0, 0, 0, 1, 0), retracted);
    }

    [Theory]
    [InlineData(BrandOutcome.Upheld)]
    [InlineData(BrandOutcome.TakenDownAtOnce)]
    public void OverturningATakedown_TakesBackItsUpheldCount_AndCountsAgainstAccuracy(BrandOutcome takedown)
    {
        var tally = Empty.Record(null, BrandOutcome.Upheld)!.Value.Record(null, takedown)!.Value;

        var overturned = tally.Record(takedown, BrandOutcome.Overturned)!.Value;

        Assert.Equal(1, overturned.Upheld);
        Assert.Equal(0, overturned.TakenDownAtOnce);
        Assert.Equal(1, overturned.Overturned);
        Assert.Equal(0.5, overturned.Accuracy);
    }

    [Fact]
    public void OverturningAVerifiedCounterfeit_MovesItToOverturned()
    {
        var tally = Empty.Record(null, BrandOutcome.VerifiedCounterfeit)!.Value;

        Assert.Equal(new BrandTally(0, 0, 0, 0, 0, 0, 1), tally.Record(BrandOutcome.VerifiedCounterfeit, BrandOutcome.Overturned));
    }

    [Fact]
    public void UpheldThenRetractedThenOverturned_CountsOnlyTheOverturn()
    {
        var upheld = Empty.Record(null, BrandOutcome.Upheld)!.Value;
        var retracted = upheld.Record(BrandOutcome.Upheld, BrandOutcome.Retracted)!.Value;

        var overturned = retracted.Record(BrandOutcome.Retracted, BrandOutcome.Overturned)!.Value;

        Assert.Equal(new BrandTally(0, 0, 0, 0, 0, 0, 1), overturned);
    }

    [Fact]
    public void AnOverturn_IsFinal_ARetractionAfterItChangesNothing()
    {
        var overturned = Empty.Record(null, BrandOutcome.Overturned)!.Value;

        Assert.Null(overturned.Record(BrandOutcome.Overturned, BrandOutcome.Retracted));
        Assert.Null(overturned.Record(BrandOutcome.Overturned, BrandOutcome.Upheld));
    }

    [Theory]
    [InlineData(BrandOutcome.Rejected)]
    [InlineData(BrandOutcome.VerifiedGenuine)]
    public void ANoticeThatTookNothingDown_CannotBeOverturned(BrandOutcome refused)
    {
        var tally = Empty.Record(null, refused)!.Value;

        Assert.Null(tally.Record(refused, BrandOutcome.Overturned));
    }

    [Theory]
    [InlineData(CaseAction.Uphold, BrandOutcome.Upheld)]
    [InlineData(CaseAction.Reject, BrandOutcome.Rejected)]
    [InlineData(CaseAction.TakeDownAtOnce, BrandOutcome.TakenDownAtOnce)]
    [InlineData(CaseAction.Retract, BrandOutcome.Retracted)]
    [InlineData(CaseAction.RetractTakedown, BrandOutcome.Retracted)]
    public void ComplaintSteps_CountOnTheBrandsRecord(CaseAction action, BrandOutcome expected)
    {
        Assert.Equal(expected, CaseEffects.BrandOutcomeOf(CaseEffects.For(NoticeSource.Complaint, action)));
    }

    [Theory]
    [InlineData(CaseAction.ConfirmCounterfeit, BrandOutcome.VerifiedCounterfeit)]
    [InlineData(CaseAction.ConfirmGenuine, BrandOutcome.VerifiedGenuine)]
    public void VerificationAnswers_CountOnTheBrandsRecord(CaseAction action, BrandOutcome expected)
    {
        Assert.Equal(expected, CaseEffects.BrandOutcomeOf(CaseEffects.For(NoticeSource.Flag, action)));
    }

    [Theory]
    [InlineData(NoticeSource.Complaint, CaseAction.AcceptForReview)]
    [InlineData(NoticeSource.Flag, CaseAction.TakeDownAtOnce)]
    [InlineData(NoticeSource.Flag, CaseAction.RequestVerification)]
    public void StepsThatDecideNothingForTheBrand_CountNothing(NoticeSource source, CaseAction action)
    {
        Assert.Null(CaseEffects.BrandOutcomeOf(CaseEffects.For(source, action)));
    }
}
