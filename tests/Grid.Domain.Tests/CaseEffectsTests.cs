using Grid.Domain.Cases;

namespace Grid.Domain.Tests;

public sealed class CaseEffectsTests
{
    private static bool Has(CaseEffect effects, CaseEffect wanted) => (effects & wanted) == wanted;

    [Fact]
    public void UpheldComplaint_BlocksListingStrikesSellerCountsUpheldAndTellsDecision()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.Uphold);

        Assert.True(Has(effects, CaseEffect.BlockListing));
        Assert.True(Has(effects, CaseEffect.StrikeSeller));
        Assert.True(Has(effects, CaseEffect.CountUpheld));
        Assert.True(Has(effects, CaseEffect.TellCaseDecided));
        Assert.True(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.False(Has(effects, CaseEffect.CountRejected));
        Assert.False(Has(effects, CaseEffect.ReleaseNotice));
    }

    [Fact]
    public void RejectedComplaint_LeavesListingAloneReleasesNoticeAndCountsRejected()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.Reject);

        Assert.False(Has(effects, CaseEffect.BlockListing));
        Assert.False(Has(effects, CaseEffect.StrikeSeller));
        Assert.False(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.False(Has(effects, CaseEffect.CountUpheld));
        Assert.True(Has(effects, CaseEffect.ReleaseNotice));
        Assert.True(Has(effects, CaseEffect.CountRejected));
        Assert.True(Has(effects, CaseEffect.TellCaseDecided));
    }

    [Fact]
    public void GoodFaithTakedown_BlocksAndStrikesAtOnceAndCountsItAsTakenDownAtOnce()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.TakeDownAtOnce);

        Assert.True(Has(effects, CaseEffect.BlockListing));
        Assert.True(Has(effects, CaseEffect.StrikeSeller));
        Assert.True(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.True(Has(effects, CaseEffect.TellComplaintFiled));
        Assert.True(Has(effects, CaseEffect.CountTakenDownAtOnce));
        // Nobody decided it: the brand's accuracy record only moves on a decision.
        Assert.False(Has(effects, CaseEffect.CountUpheld));
        Assert.False(Has(effects, CaseEffect.CountRejected));
        Assert.False(Has(effects, CaseEffect.TellCaseDecided));
    }

    [Fact]
    public void ComplaintAcceptedForReview_TellsItWasFiled_AndEntersTheReviewQueue()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.AcceptForReview);

        Assert.Equal(CaseEffect.TellComplaintFiled | CaseEffect.EnqueueForReview, effects);
    }

    [Fact]
    public void FlagTakenDownAtOnce_BlocksListingAndStrikesSeller_WithoutTouchingBrandRecords()
    {
        var effects = CaseEffects.For(NoticeSource.Flag, CaseAction.TakeDownAtOnce);

        Assert.True(Has(effects, CaseEffect.BlockListing));
        Assert.True(Has(effects, CaseEffect.StrikeSeller));
        Assert.True(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.False(Has(effects, CaseEffect.TellComplaintFiled));
        Assert.False(Has(effects, CaseEffect.CountTakenDownAtOnce));
        Assert.False(Has(effects, CaseEffect.CountUpheld));
        Assert.False(Has(effects, CaseEffect.CountVerifiedCounterfeit));
    }

    [Fact]
    public void FlagSentForVerification_OnlyAsksTheBrand()
    {
        var effects = CaseEffects.For(NoticeSource.Flag, CaseAction.RequestVerification);

        Assert.Equal(CaseEffect.TellVerificationRequested, effects);
    }

    [Fact]
    public void VerifiedCounterfeit_BlocksStrikesCountsAndRemembersDetectorVerdict()
    {
        var effects = CaseEffects.For(NoticeSource.Flag, CaseAction.ConfirmCounterfeit);

        Assert.True(Has(effects, CaseEffect.BlockListing));
        Assert.True(Has(effects, CaseEffect.StrikeSeller));
        Assert.True(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.True(Has(effects, CaseEffect.CountVerifiedCounterfeit));
        Assert.True(Has(effects, CaseEffect.RememberDetectorVerdict));
        Assert.True(Has(effects, CaseEffect.TellCaseDecided));
        Assert.False(Has(effects, CaseEffect.CountVerifiedGenuine));
        Assert.False(Has(effects, CaseEffect.ReleaseNotice));
    }

    [Fact]
    public void VerifiedGenuine_LeavesListingAloneReleasesNoticeAndRemembersDetectorVerdict()
    {
        var effects = CaseEffects.For(NoticeSource.Flag, CaseAction.ConfirmGenuine);

        Assert.False(Has(effects, CaseEffect.BlockListing));
        Assert.False(Has(effects, CaseEffect.StrikeSeller));
        Assert.False(Has(effects, CaseEffect.TellListingTakenDown));
        Assert.True(Has(effects, CaseEffect.ReleaseNotice));
        Assert.True(Has(effects, CaseEffect.CountVerifiedGenuine));
        Assert.True(Has(effects, CaseEffect.RememberDetectorVerdict));
        Assert.True(Has(effects, CaseEffect.TellCaseDecided));
        Assert.False(Has(effects, CaseEffect.CountVerifiedCounterfeit));
    }

    [Theory]
    [InlineData(NoticeSource.Complaint, CaseAction.AcceptForReview, true)]
    [InlineData(NoticeSource.Complaint, CaseAction.TakeDownAtOnce, true)]
    [InlineData(NoticeSource.Complaint, CaseAction.Uphold, true)]
    [InlineData(NoticeSource.Complaint, CaseAction.Reject, true)]
    [InlineData(NoticeSource.Complaint, CaseAction.RequestVerification, false)]
    [InlineData(NoticeSource.Complaint, CaseAction.ConfirmCounterfeit, false)]
    [InlineData(NoticeSource.Complaint, CaseAction.ConfirmGenuine, false)]
    [InlineData(NoticeSource.Flag, CaseAction.AcceptForReview, false)]
    [InlineData(NoticeSource.Flag, CaseAction.TakeDownAtOnce, true)]
    [InlineData(NoticeSource.Flag, CaseAction.Uphold, false)]
    [InlineData(NoticeSource.Flag, CaseAction.Reject, false)]
    [InlineData(NoticeSource.Flag, CaseAction.RequestVerification, true)]
    [InlineData(NoticeSource.Flag, CaseAction.ConfirmCounterfeit, true)]
    [InlineData(NoticeSource.Flag, CaseAction.ConfirmGenuine, true)]
    public void Applies_AcceptsOnlyTheActionsOfTheNoticeSource(NoticeSource source, CaseAction action, bool expected)
    {
        Assert.Equal(expected, CaseEffects.Applies(source, action));
    }

    [Theory]
    [InlineData(NoticeSource.Flag, CaseAction.Uphold)]
    [InlineData(NoticeSource.Flag, CaseAction.Reject)]
    [InlineData(NoticeSource.Flag, CaseAction.AcceptForReview)]
    [InlineData(NoticeSource.Complaint, CaseAction.RequestVerification)]
    [InlineData(NoticeSource.Complaint, CaseAction.ConfirmCounterfeit)]
    [InlineData(NoticeSource.Complaint, CaseAction.ConfirmGenuine)]
    public void EffectsOfAnActionTheSourceDoesNotTake_AreRefused(NoticeSource source, CaseAction action)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseEffects.For(source, action));
    }

    [Fact]
    public void EveryAppliedAction_HasEffects_AndEveryOtherIsRefused()
    {
        foreach (var source in Enum.GetValues<NoticeSource>())
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            if (CaseEffects.Applies(source, action))
                Assert.NotEqual(CaseEffect.None, CaseEffects.For(source, action));
            else
                Assert.Throws<ArgumentOutOfRangeException>(() => CaseEffects.For(source, action));
        }
    }

    [Fact]
    public void EveryTransitionThatBlocksTheListing_AlsoStrikesTheSeller()
    {
        foreach (var source in Enum.GetValues<NoticeSource>())
        foreach (var action in Enum.GetValues<CaseAction>().Where(a => CaseEffects.Applies(source, a)))
        {
            var effects = CaseEffects.For(source, action);
            Assert.Equal(Has(effects, CaseEffect.BlockListing), Has(effects, CaseEffect.StrikeSeller));
        }
    }

    [Fact]
    public void TheEffectsBlockAndUnblock_ExactlyWhenTheStatusStartsOrStopsBlocking()
    {
        // CaseEffects and CaseMachine must agree: a step into a blocking status blocks the listing, a step out of one
        // unblocks it, and a step between two blocking statuses (an appeal) leaves it as it is.
        foreach (var from in Enum.GetValues<CaseStatus>())
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            if (!CaseMachine.TryApply(from, action, out var to)) continue;
            foreach (var source in Enum.GetValues<NoticeSource>().Where(s => CaseEffects.Applies(s, action)))
            {
                var effects = CaseEffects.For(source, action);
                Assert.True((CaseMachine.BlocksListing(to) && !CaseMachine.BlocksListing(from)) == Has(effects, CaseEffect.BlockListing), $"{from} -{action}-> {to} ({source}): block");
                Assert.True((!CaseMachine.BlocksListing(to) && CaseMachine.BlocksListing(from)) == Has(effects, CaseEffect.UnblockListing), $"{from} -{action}-> {to} ({source}): unblock");
            }
        }
    }

    [Fact]
    public void RetractingATakedown_UndoesIt()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.RetractTakedown);

        Assert.True(effects.HasFlag(CaseEffect.UnblockListing));
        Assert.True(effects.HasFlag(CaseEffect.RemoveStrike));
        Assert.True(effects.HasFlag(CaseEffect.ReleaseNotice));
        Assert.True(effects.HasFlag(CaseEffect.CountRetracted));
        Assert.True(effects.HasFlag(CaseEffect.TellListingReinstated));
        Assert.False(effects.HasFlag(CaseEffect.BlockListing));
        Assert.False(effects.HasFlag(CaseEffect.StrikeSeller));
    }

    [Fact]
    public void RetractingAPendingComplaint_OnlyClosesIt_AndTakesItOutOfTheReviewQueue()
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, CaseAction.Retract);

        Assert.Equal(CaseEffect.ReleaseNotice | CaseEffect.CountRetracted | CaseEffect.TellCaseDecided | CaseEffect.DequeueFromReview, effects);
    }

    [Fact]
    public void FlagCases_CannotBeRetracted()
    {
        Assert.False(CaseEffects.Applies(NoticeSource.Flag, CaseAction.Retract));
        Assert.False(CaseEffects.Applies(NoticeSource.Flag, CaseAction.RetractTakedown));
    }

    [Theory]
    [InlineData(CaseAction.Uphold)]
    [InlineData(CaseAction.Reject)]
    [InlineData(CaseAction.Retract)]
    public void DecidedOrWithdrawnComplaint_LeavesTheReviewQueue(CaseAction action)
    {
        var effects = CaseEffects.For(NoticeSource.Complaint, action);

        Assert.True(Has(effects, CaseEffect.DequeueFromReview));
        Assert.False(Has(effects, CaseEffect.EnqueueForReview));
    }

    [Theory]
    [InlineData(NoticeSource.Complaint, CaseAction.TakeDownAtOnce)]
    [InlineData(NoticeSource.Complaint, CaseAction.RetractTakedown)]
    [InlineData(NoticeSource.Flag, CaseAction.TakeDownAtOnce)]
    [InlineData(NoticeSource.Flag, CaseAction.RequestVerification)]
    [InlineData(NoticeSource.Flag, CaseAction.ConfirmCounterfeit)]
    [InlineData(NoticeSource.Flag, CaseAction.ConfirmGenuine)]
    public void StepsOutsideOperatorReview_LeaveTheQueueAlone(NoticeSource source, CaseAction action)
    {
        Assert.Equal(CaseEffect.None, CaseEffects.For(source, action) & CaseEffects.ReviewQueue);
    }

    [Fact]
    public void EffectBits_AreDistinctSingleBits_NeverReused()
    {
        // Stored in every case's pending effects: each value is one bit of its own, and must never change.
        var bits = Enum.GetValues<CaseEffect>().Where(e => e != CaseEffect.None).Select(e => (int)e).ToList();
        Assert.All(bits, b => Assert.True(b > 0 && (b & (b - 1)) == 0, $"{b} is not a single bit"));
        Assert.Equal(bits.Count, bits.Distinct().Count());
        Assert.Equal(1 << 20, (int)CaseEffect.CountOverturned);
        Assert.Equal(1 << 21, (int)CaseEffect.EnqueueForReview);
        Assert.Equal(1 << 22, (int)CaseEffect.DequeueFromReview);
    }
}
