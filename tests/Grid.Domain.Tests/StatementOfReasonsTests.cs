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

    [Fact]
    public void InChinese_AGoodFaithComplaint_NamesTheBrandTheKindAndTheRight()
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.GoodFaith, CaseAction.TakeDownAtOnce), Language.ZhHans);

        Assert.Equal("可见性限制：该商品已从平台下架。", statement.Decision);
        Assert.Equal("品牌“nike”（诚信投诉快速下架计划成员）投诉该商品涉嫌假冒商品。", statement.Facts);
        Assert.Equal("商标（注册号：TM-1234）", statement.Ground);
        Assert.Equal("假冒商品", statement.Category);
        Assert.Contains("6 个月", statement.Redress);
    }

    [Fact]
    public void InChinese_TheMachineReadableParts_StayAsTheyAre()
    {
        var english = StatementOfReasons.ForTakedown(VerifiedFlag());
        var chinese = StatementOfReasons.ForTakedown(VerifiedFlag(), Language.ZhHans);

        Assert.Equal(english.Source, chinese.Source);
        Assert.Equal(english.AutomatedDetection, chinese.AutomatedDetection);
        Assert.Equal(english.AutomatedDecision, chinese.AutomatedDecision);
        Assert.Contains("fraud-v2", chinese.Facts);
        Assert.Contains("0.81", chinese.Facts);
    }

    [Theory]
    [InlineData(NoticeKind.Trademark, "商标侵权")]
    [InlineData(NoticeKind.Copyright, "著作权侵权")]
    [InlineData(NoticeKind.Patent, "专利侵权")]
    [InlineData(NoticeKind.Design, "外观设计侵权")]
    public void InChinese_AnUpheldComplaint_SaysWhatItReportedAndThatAnOperatorUpheldIt(NoticeKind kind, string words)
    {
        var statement = StatementOfReasons.ForTakedown(Complaint(ProgramTier.Standard, CaseAction.Uphold, kind), Language.ZhHans);

        Assert.Contains(words, statement.Facts);
        Assert.Contains("审核", statement.Facts);
        Assert.Equal("知识产权侵权", statement.Category);
    }

    [Fact]
    public void APenalty_InChinese_NamesTheRungAndWhenItEnds()
    {
        var until = new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero);

        var statement = StatementOfReasons.ForPenalty(PenaltyKind.Suspension, 3, until, Language.ZhHans);

        Assert.Equal("账户暂停：2026-12-25T00:00:00.0000000+00:00 前店铺内所有商品均被屏蔽。", statement.Decision);
        Assert.Contains("3 次有效违规记录", statement.Facts);
        Assert.Contains("“店铺暂停”", statement.Facts);
        Assert.Equal("own-initiative", statement.Source);
    }

    [Fact]
    public void APenalty_InEnglish_NamesTheRungByItsWireName()
    {
        var statement = StatementOfReasons.ForPenalty(PenaltyKind.ListingRestriction, 2, null);

        Assert.Contains("'listing-restriction' rung", statement.Facts);
    }
}
