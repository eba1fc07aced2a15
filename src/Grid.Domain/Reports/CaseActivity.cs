namespace Grid.Domain.Reports;

/// <summary>What a case step leaves in the enforcement log: the notice when it arrives, the takedown, the appeal.</summary>
public static class CaseActivity
{
    /// <summary>The channel of the notice that opened the case.</summary>
    public static NoticeChannel ChannelOf(NoticeSource source, ProgramTier? brandTier) => source switch
    {
        NoticeSource.Flag => NoticeChannel.Flag,
        _ when brandTier == ProgramTier.GoodFaith => NoticeChannel.GoodFaith,
        _ => NoticeChannel.Complaint,
    };

    /// <summary>The kinds of entry one step of a case writes, with the channel of any notice it records.</summary>
    public static IReadOnlyList<(ActivityKind Kind, NoticeChannel? Channel)> For(CaseAction action, NoticeSource source, ProgramTier? brandTier)
    {
        var opened = ChannelOf(source, brandTier);
        return action switch
        {
            CaseAction.AcceptForReview or CaseAction.RequestVerification => [(ActivityKind.Notice, opened)],
            CaseAction.TakeDownAtOnce => [(ActivityKind.Notice, opened), (ActivityKind.Takedown, opened)],
            CaseAction.Uphold => [(ActivityKind.Takedown, opened)],
            CaseAction.ConfirmCounterfeit => [(ActivityKind.Notice, NoticeChannel.Verification), (ActivityKind.Takedown, NoticeChannel.Verification)],
            CaseAction.ConfirmGenuine => [(ActivityKind.Notice, NoticeChannel.Verification)],
            CaseAction.Appeal => [(ActivityKind.AppealFiled, null)],
            CaseAction.GrantAppeal => [(ActivityKind.AppealGranted, null)],
            CaseAction.DenyAppeal => [(ActivityKind.AppealDenied, null)],
            _ => [],
        };
    }

    /// <summary>A case's entry id: one per case, step and kind, so a re-driven step logs nothing twice.</summary>
    public static string Puid(Guid caseId, int step, ActivityKind kind) => $"case-{caseId:N}-{step}-{(int)kind}";

    /// <summary>A penalty's entry id: the case that triggered it, the rung and when, so a re-imposed penalty gets a new one.</summary>
    public static string PenaltyPuid(Guid triggerCaseId, PenaltyKind penalty, DateTimeOffset imposedAt) =>
        $"penalty-{triggerCaseId:N}-{(int)penalty}-{imposedAt.UtcTicks}";
}
