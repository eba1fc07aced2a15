using Grid.Domain.Cases;

namespace Grid.Domain.Tests;

public sealed class CaseMachineTests
{
    /// <summary>The case life from DESIGN.md: every legal step, and nothing else.</summary>
    private static readonly (CaseStatus From, CaseAction Action, CaseStatus To)[] Legal =
    [
        (CaseStatus.Filed, CaseAction.AcceptForReview, CaseStatus.UnderReview),
        (CaseStatus.Filed, CaseAction.TakeDownAtOnce, CaseStatus.TakenDown),
        (CaseStatus.Filed, CaseAction.RequestVerification, CaseStatus.VerificationRequested),
        (CaseStatus.UnderReview, CaseAction.Uphold, CaseStatus.Upheld),
        (CaseStatus.UnderReview, CaseAction.Reject, CaseStatus.Rejected),
        (CaseStatus.VerificationRequested, CaseAction.ConfirmCounterfeit, CaseStatus.TakenDown),
        (CaseStatus.VerificationRequested, CaseAction.ConfirmGenuine, CaseStatus.Cleared),
        (CaseStatus.UnderReview, CaseAction.Retract, CaseStatus.Retracted),
        (CaseStatus.TakenDown, CaseAction.RetractTakedown, CaseStatus.Retracted),
        (CaseStatus.Upheld, CaseAction.RetractTakedown, CaseStatus.Retracted),
        (CaseStatus.UnderReview, CaseAction.Escalate, CaseStatus.UnderReview),
        (CaseStatus.Appealed, CaseAction.Escalate, CaseStatus.Appealed),
        (CaseStatus.TakenDown, CaseAction.Appeal, CaseStatus.Appealed),
        (CaseStatus.Upheld, CaseAction.Appeal, CaseStatus.Appealed),
        (CaseStatus.Appealed, CaseAction.GrantAppeal, CaseStatus.Overturned),
        (CaseStatus.Appealed, CaseAction.DenyAppeal, CaseStatus.AppealDenied),
        (CaseStatus.Appealed, CaseAction.RetractTakedown, CaseStatus.Retracted),
        (CaseStatus.AppealDenied, CaseAction.RetractTakedown, CaseStatus.Retracted),
        (CaseStatus.VerificationRequested, CaseAction.ExpireVerification, CaseStatus.VerificationExpired),
    ];

    public static TheoryData<CaseStatus, CaseAction, CaseStatus> LegalTransitions()
    {
        var data = new TheoryData<CaseStatus, CaseAction, CaseStatus>();
        foreach (var (from, action, to) in Legal) data.Add(from, action, to);
        return data;
    }

    public static TheoryData<CaseStatus, CaseAction> IllegalTransitions()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            if (!Legal.Any(t => t.From == from && t.Action == action)) data.Add(from, action);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_IsAcceptedAndLeadsToItsStatus(CaseStatus from, CaseAction action, CaseStatus expected)
    {
        var applied = CaseMachine.TryApply(from, action, out var to);

        Assert.True(applied);
        Assert.Equal(expected, to);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused(CaseStatus from, CaseAction action)
    {
        var applied = CaseMachine.TryApply(from, action, out _);

        Assert.False(applied);
    }

    [Theory]
    [InlineData(CaseAction.Uphold)]
    [InlineData(CaseAction.Reject)]
    public void DecidingAnUpheldCaseAgain_IsRefused(CaseAction secondDecision)
    {
        Assert.True(CaseMachine.TryApply(CaseStatus.UnderReview, CaseAction.Uphold, out var decided));

        Assert.False(CaseMachine.TryApply(decided, secondDecision, out _));
    }

    [Theory]
    [InlineData(CaseAction.Uphold)]
    [InlineData(CaseAction.Reject)]
    public void DecidingARejectedCaseAgain_IsRefused(CaseAction secondDecision)
    {
        Assert.True(CaseMachine.TryApply(CaseStatus.UnderReview, CaseAction.Reject, out var decided));

        Assert.False(CaseMachine.TryApply(decided, secondDecision, out _));
    }

    [Fact]
    public void RejectingATakenDownCase_IsRefused()
    {
        Assert.True(CaseMachine.TryApply(CaseStatus.Filed, CaseAction.TakeDownAtOnce, out var takenDown));

        Assert.False(CaseMachine.TryApply(takenDown, CaseAction.Reject, out _));
    }

    [Fact]
    public void UpholdingAFiledCaseWithoutReview_IsRefused()
    {
        Assert.False(CaseMachine.TryApply(CaseStatus.Filed, CaseAction.Uphold, out _));
    }

    [Fact]
    public void AnsweringAVerificationTwice_IsRefused()
    {
        Assert.True(CaseMachine.TryApply(CaseStatus.VerificationRequested, CaseAction.ConfirmGenuine, out var cleared));

        Assert.False(CaseMachine.TryApply(cleared, CaseAction.ConfirmCounterfeit, out _));
        Assert.False(CaseMachine.TryApply(cleared, CaseAction.ConfirmGenuine, out _));
    }

    [Theory]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Cleared)]
    [InlineData(CaseStatus.Retracted)]
    public void ClosedCase_AcceptsNoFurtherAction(CaseStatus closed)
    {
        foreach (var action in Enum.GetValues<CaseAction>())
            Assert.False(CaseMachine.TryApply(closed, action, out _), $"{closed} accepted {action}");
    }

    [Theory]
    [InlineData(CaseStatus.TakenDown)]
    [InlineData(CaseStatus.Upheld)]
    public void TakedownInForce_AcceptsOnlyItsRetractionOrAnAppeal(CaseStatus decided)
    {
        foreach (var action in Enum.GetValues<CaseAction>().Where(a => a is not (CaseAction.RetractTakedown or CaseAction.Appeal)))
            Assert.False(CaseMachine.TryApply(decided, action, out _), $"{decided} accepted {action}");
    }

    [Theory]
    [InlineData(CaseStatus.UnderReview, CaseAction.Retract)]
    [InlineData(CaseStatus.TakenDown, CaseAction.RetractTakedown)]
    [InlineData(CaseStatus.Upheld, CaseAction.RetractTakedown)]
    [InlineData(CaseStatus.Rejected, CaseAction.Retract)]
    public void Retraction_UndoesATakedownOnlyWhenOneIsInForce(CaseStatus current, CaseAction expected)
    {
        Assert.Equal(expected, CaseMachine.RetractionOf(current));
    }

    [Theory]
    [InlineData(CaseStatus.Filed, true)]
    [InlineData(CaseStatus.UnderReview, true)]
    [InlineData(CaseStatus.VerificationRequested, true)]
    [InlineData(CaseStatus.TakenDown, false)]
    [InlineData(CaseStatus.Upheld, false)]
    [InlineData(CaseStatus.Rejected, false)]
    [InlineData(CaseStatus.Cleared, false)]
    public void AwaitsDecision_HoldsExactlyWhileSomeoneMustStillAnswer(CaseStatus status, bool expected)
    {
        Assert.Equal(expected, CaseMachine.AwaitsDecision(status));
    }

    [Theory]
    [InlineData(CaseStatus.Filed, false)]
    [InlineData(CaseStatus.UnderReview, false)]
    [InlineData(CaseStatus.VerificationRequested, false)]
    [InlineData(CaseStatus.TakenDown, true)]
    [InlineData(CaseStatus.Upheld, true)]
    [InlineData(CaseStatus.Rejected, false)]
    [InlineData(CaseStatus.Cleared, false)]
    public void BlocksListing_OnlyForTakenDownAndUpheldCases(CaseStatus status, bool expected)
    {
        Assert.Equal(expected, CaseMachine.BlocksListing(status));
    }

    [Theory]
    [InlineData(CaseStatus.Filed, true)]
    [InlineData(CaseStatus.UnderReview, true)]
    [InlineData(CaseStatus.VerificationRequested, true)]
    [InlineData(CaseStatus.TakenDown, true)]
    [InlineData(CaseStatus.Upheld, true)]
    [InlineData(CaseStatus.Rejected, false)]
    [InlineData(CaseStatus.Cleared, false)]
    public void HoldsNotice_WhileOpenOrBlocking_ButNotOnceRejectedOrCleared(CaseStatus status, bool expected)
    {
        Assert.Equal(expected, CaseMachine.HoldsNotice(status));
    }
}
