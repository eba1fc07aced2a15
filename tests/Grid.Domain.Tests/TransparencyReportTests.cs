using Grid.Domain.Reports;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class TransparencyReportTests
{
    private sealed record Entry(
        string Puid, ActivityKind Kind, DateTimeOffset At, NoticeChannel? Channel = null, DateTimeOffset? NoticedAt = null,
        PenaltyKind? Penalty = null, bool AutomatedDecision = false, bool AutomatedDetection = false) : IActivity
    {
        public Guid? CaseId => null;
        public string? ListingId => "L";
        public string SellerId => "S";
        public string? BrandId => "B";
        public RightType? Right => RightType.Trademark;
        public string? RegistrationNumber => "TM-1";
        public NoticeKind? NoticeKind => Domain.NoticeKind.Counterfeit;
        public DateTimeOffset? Until => null;
        public string? Facts => "facts";
    }

    [Fact]
    public void CountsNoticesActionsAppealsAndPenalties_InsideThePeriodOnly()
    {
        IActivity[] log =
        [
            new Entry("n1", ActivityKind.Notice, Day(1), NoticeChannel.Complaint),
            new Entry("n2", ActivityKind.Notice, Day(1), NoticeChannel.GoodFaith),
            new Entry("n3", ActivityKind.Notice, Day(2), NoticeChannel.Flag),
            new Entry("n4", ActivityKind.Notice, Day(9), NoticeChannel.Flag), // after the period
            new Entry("t1", ActivityKind.Takedown, Day(1), NoticeChannel.GoodFaith, Day(1)),
            new Entry("t2", ActivityKind.Takedown, Day(3), NoticeChannel.Complaint, Day(1)),
            new Entry("t3", ActivityKind.Takedown, Day(2), NoticeChannel.Flag, Day(2), AutomatedDecision: true),
            new Entry("a1", ActivityKind.AppealFiled, Day(4)),
            new Entry("a2", ActivityKind.AppealFiled, Day(4)),
            new Entry("g1", ActivityKind.AppealGranted, Day(5)),
            new Entry("d1", ActivityKind.AppealDenied, Day(5)),
            new Entry("p1", ActivityKind.Penalty, Day(3), Penalty: PenaltyKind.Warning),
            new Entry("p2", ActivityKind.Penalty, Day(4), Penalty: PenaltyKind.Suspension),
        ];

        var f = TransparencyReport.Compute(log, Day(0), Day(7));

        Assert.Equal(1, f.NoticesBySource[NoticeChannel.Complaint]);
        Assert.Equal(1, f.NoticesBySource[NoticeChannel.GoodFaith]);
        Assert.Equal(1, f.NoticesBySource[NoticeChannel.Flag]);
        Assert.Equal(0, f.NoticesBySource[NoticeChannel.Verification]);
        Assert.Equal(3, f.Takedowns);
        Assert.Equal(1, f.AutomatedTakedowns);
        Assert.Equal(0, f.MedianHoursToAction);
        Assert.Equal(48, f.P90HoursToAction);
        Assert.Equal(2, f.AppealsFiled);
        Assert.Equal(0.5, f.AppealsGrantedShare);
        Assert.Equal(1, f.PenaltiesByRung[PenaltyKind.Warning]);
        Assert.Equal(1, f.PenaltiesByRung[PenaltyKind.Suspension]);
        Assert.Equal(0, f.PenaltiesByRung[PenaltyKind.Termination]);
    }

    [Fact]
    public void EmptyPeriod_HasNoTimesAndNoShare()
    {
        var f = TransparencyReport.Compute([], Day(0), Day(1));

        Assert.Null(f.MedianHoursToAction);
        Assert.Null(f.AppealsGrantedShare);
        Assert.Equal(0, f.Takedowns);
    }

    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.9, 5)]
    [InlineData(1.0, 5)]
    [InlineData(0.0, 1)]
    public void Percentile_IsNearestRank(double p, double expected)
    {
        Assert.Equal(expected, TransparencyReport.Percentile([1, 2, 3, 4, 5], p));
    }

    [Fact]
    public void TakedownStatement_UsesTheDatabaseConstants()
    {
        var s = DsaStatements.From(new Entry("case-1", ActivityKind.Takedown, Day(1), NoticeChannel.GoodFaith, Day(1)));

        Assert.Equal(["DECISION_VISIBILITY_CONTENT_REMOVED"], s.DecisionVisibility);
        Assert.Equal("SOURCE_TRUSTED_FLAGGER", s.SourceType);
        Assert.Equal("AUTOMATED_DECISION_NOT_AUTOMATED", s.AutomatedDecision);
        Assert.Equal("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", s.Category);
        Assert.Equal(["KEYWORD_TRADEMARK_INFRINGEMENT"], s.CategorySpecification);
        Assert.Equal("Infringement of trademark TM-1", s.IllegalContentLegalGround);
        Assert.Equal("B", s.SourceIdentity);
    }

    [Fact]
    public void AutomatedFlagTakedown_IsFullyAutomatedOwnInitiative()
    {
        var s = DsaStatements.From(new Entry("case-2", ActivityKind.Takedown, Day(1), NoticeChannel.Flag, Day(1), AutomatedDecision: true, AutomatedDetection: true));

        Assert.Equal("AUTOMATED_DECISION_FULLY", s.AutomatedDecision);
        Assert.Equal("Yes", s.AutomatedDetection);
        Assert.Equal("SOURCE_VOLUNTARY", s.SourceType);
        Assert.Null(s.SourceIdentity);
    }

    [Theory]
    [InlineData(PenaltyKind.ListingRestriction, null, "DECISION_PROVISION_PARTIAL_SUSPENSION")]
    [InlineData(PenaltyKind.Suspension, "DECISION_ACCOUNT_SUSPENDED", "DECISION_PROVISION_TOTAL_SUSPENSION")]
    [InlineData(PenaltyKind.Termination, "DECISION_ACCOUNT_TERMINATED", "DECISION_PROVISION_TOTAL_TERMINATION")]
    public void PenaltyStatement_IsAnAccountDecision(PenaltyKind penalty, string? account, string provision)
    {
        var s = DsaStatements.From(new Entry("p", ActivityKind.Penalty, Day(1), Penalty: penalty));

        Assert.Equal(account, s.DecisionAccount);
        Assert.Equal(provision, s.DecisionProvision);
        Assert.Empty(s.DecisionVisibility);
    }

    [Fact]
    public void WarningsNoticesAndAppeals_GetNoStatement()
    {
        Assert.False(DsaStatements.Applies(new Entry("w", ActivityKind.Penalty, Day(1), Penalty: PenaltyKind.Warning)));
        Assert.False(DsaStatements.Applies(new Entry("n", ActivityKind.Notice, Day(1), NoticeChannel.Flag)));
        Assert.False(DsaStatements.Applies(new Entry("a", ActivityKind.AppealGranted, Day(1))));
    }

    [Fact]
    public void CaseSteps_LogTheirNoticeAndAction()
    {
        Assert.Equal([(ActivityKind.Notice, NoticeChannel.GoodFaith), (ActivityKind.Takedown, NoticeChannel.GoodFaith)],
            CaseActivity.For(CaseAction.TakeDownAtOnce, NoticeSource.Complaint, ProgramTier.GoodFaith));
        Assert.Equal([(ActivityKind.Notice, NoticeChannel.Verification), (ActivityKind.Takedown, NoticeChannel.Verification)],
            CaseActivity.For(CaseAction.ConfirmCounterfeit, NoticeSource.Flag, null));
        Assert.Equal([(ActivityKind.Takedown, (NoticeChannel?)NoticeChannel.Complaint)],
            CaseActivity.For(CaseAction.Uphold, NoticeSource.Complaint, ProgramTier.Standard));
        Assert.Empty(CaseActivity.For(CaseAction.Reject, NoticeSource.Complaint, ProgramTier.Standard));
    }

    [Fact]
    public void Puids_UseOnlyTheCharactersTheDatabaseAccepts_AndDifferPerStepAndKind()
    {
        var id = Guid.NewGuid();
        string[] puids =
        [
            CaseActivity.Puid(id, 2, ActivityKind.Notice), CaseActivity.Puid(id, 2, ActivityKind.Takedown),
            CaseActivity.Puid(id, 3, ActivityKind.Takedown), CaseActivity.PenaltyPuid(id, PenaltyKind.Suspension, Day(1)),
        ];

        Assert.Equal(puids.Length, puids.Distinct().Count());
        Assert.All(puids, p => Assert.Matches("^[A-Za-z0-9_-]{1,500}$", p));
    }
}
