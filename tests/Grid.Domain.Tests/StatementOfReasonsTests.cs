using Grid.Domain.Reasons;

namespace Grid.Domain.Tests;

public sealed class StatementOfReasonsTests
{
    private static TakedownGrounds AutomatedFlag(double score = 0.983) => new(
        Source: NoticeSource.Flag, Action: CaseAction.TakeDownAtOnce, BrandTier: null, BrandId: null,
        Right: null, RegistrationNumber: null, Kind: null, Detector: "fraud-v2", Score: score);

    private static TakedownGrounds VerifiedFlag() => new(
        Source: NoticeSource.Flag, Action: CaseAction.ConfirmCounterfeit, BrandTier: ProgramTier.Standard, BrandId: "nike",
        Right: RightType.Trademark, RegistrationNumber: "TM-1234", Kind: null, Detector: "fraud-v2", Score: 0.81);

    private static TakedownGrounds Complaint(ProgramTier tier, CaseAction action, NoticeKind kind = NoticeKind.Counterfeit,
        RightType right = RightType.Trademark, string registration = "TM-1234") => new(
        Source: NoticeSource.Complaint, Action: action, BrandTier: tier, BrandId: "nike",
        Right: right, RegistrationNumber: registration, Kind: kind, Detector: null, Score: null);

    [Fact]
    public void AutomatedFlagTakedown_SaysDetectionAndDecisionWereAutomated()
    {
        var statement = StatementOfReasons.ForTakedown(AutomatedFlag());

        Assert.True(statement.AutomatedDetection);
        Assert.True(statement.AutomatedDecision);
    }

    [Fact]
    public void AutomatedFlagTakedown_ComesFromOwnInitiative()
    {
        Assert.Equal("own-initiative", StatementOfReasons.ForTakedown(AutomatedFlag()).Source);
    }

    [Fact]
    public void AutomatedFlagTakedown_NamesTheDetectorAndItsScore()
    {
        var facts = StatementOfReasons.ForTakedown(AutomatedFlag(0.983)).Facts;

        Assert.Contains("fraud-v2", facts);
        Assert.Contains("0.983", facts);
    }

    [Fact]
    public void AutomatedFlagTakedown_WithNoBrand_IsCounterfeitGoodsWithNoSpecificRight()
    {
        var statement = StatementOfReasons.ForTakedown(AutomatedFlag());

        Assert.Equal("counterfeit goods", statement.Category);
        Assert.Contains("no specific right", statement.Ground);
    }

    [Fact]
    public void VerifiedFlag_WasDetectedAutomatically_ButDecidedByTheBrand()
    {
        var statement = StatementOfReasons.ForTakedown(VerifiedFlag());

        Assert.True(statement.AutomatedDetection);
        Assert.False(statement.AutomatedDecision);
        Assert.Equal("own-initiative", statement.Source);
        Assert.Contains("nike", statement.Facts);
    }

    [Fact]
    public void GoodFaithComplaint_IsATrustedNotice()
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.GoodFaith, CaseAction.TakeDownAtOnce));

        Assert.Equal("trusted-notice", statement.Source);
        Assert.False(statement.AutomatedDetection);
        Assert.False(statement.AutomatedDecision);
    }

    [Fact]
    public void ReviewedComplaint_IsANotice_NotAutomated()
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold));

        Assert.Equal("notice", statement.Source);
        Assert.False(statement.AutomatedDetection);
        Assert.False(statement.AutomatedDecision);
        Assert.Contains("nike", statement.Facts);
        Assert.Contains("operator", statement.Facts);
    }

    [Theory]
    [InlineData(RightType.Trademark, "TM-1234", "trademark")]
    [InlineData(RightType.Copyright, "CR-2020-77", "copyright")]
    [InlineData(RightType.Patent, "ZL201510000001.X", "patent")]
    [InlineData(RightType.Design, "D-88", "design")]
    public void Ground_NamesTheRightTypeAndRegistrationNumber(RightType right, string registration, string typeWord)
    {
        var ground = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold, right: right, registration: registration)).Ground;

        Assert.Contains(typeWord, ground);
        Assert.Contains(registration, ground);
    }

    [Fact]
    public void Ground_DoesNotNameAnotherRightType()
    {
        var ground = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold, right: RightType.Patent)).Ground;

        Assert.DoesNotContain("trademark", ground);
    }

    [Fact]
    public void BrandWithoutANamedRight_GroundsOnTheBrandsRights()
    {
        var grounds = Complaint(ProgramTier.Standard, CaseAction.Uphold) with { Right = null, RegistrationNumber = null };

        Assert.Contains("nike", StatementOfReasons.ForTakedown(grounds).Ground);
    }

    [Fact]
    public void CounterfeitComplaint_IsCategorisedAsCounterfeitGoods()
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold, NoticeKind.Counterfeit));

        Assert.Equal("counterfeit goods", statement.Category);
    }

    [Theory]
    [InlineData(NoticeKind.Trademark)]
    [InlineData(NoticeKind.Copyright)]
    [InlineData(NoticeKind.Patent)]
    [InlineData(NoticeKind.Design)]
    public void OtherComplaintKinds_AreCategorisedAsIntellectualPropertyInfringement(NoticeKind kind)
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold, kind));

        Assert.Equal("intellectual property infringement", statement.Category);
    }

    [Fact]
    public void EveryStatement_SaysTheListingIsRemovedAndHowToAppeal()
    {
        TakedownGrounds[] all =
        [
            AutomatedFlag(),
            VerifiedFlag(),
            Complaint(ProgramTier.GoodFaith, CaseAction.TakeDownAtOnce),
            Complaint(ProgramTier.Standard, CaseAction.Uphold),
        ];

        foreach (var grounds in all)
        {
            var statement = StatementOfReasons.ForTakedown(grounds);
            Assert.Contains("removed", statement.Decision);
            Assert.Contains("6 months", statement.Redress);
        }
    }
}
