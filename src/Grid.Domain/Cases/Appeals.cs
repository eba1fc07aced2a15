using Grid.Domain.Languages;

namespace Grid.Domain.Cases;

/// <summary>
/// A seller's redress (DSA art. 20; a counter-notice in marketplace terms): an appeal against a takedown
/// within the window after the decision, and an answer to a pending complaint before it is decided.
/// </summary>
public static class Appeals
{
    /// <summary>Null when the seller may appeal now; otherwise why not.</summary>
    public static Message? AppealProblem(CaseStatus status, DateTimeOffset? decidedAt, DateTimeOffset now, AppealPolicy policy)
    {
        if (!CaseMachine.TryApply(status, CaseAction.Appeal, out _))
            return status == CaseStatus.Appealed ? Messages.AlreadyAppealed() : Messages.OnlyTakedownsAppealable();
        if (decidedAt is { } decided && now > AppealDeadline(decided, policy))
            return Messages.AppealWindowClosed(policy.WindowMonths);
        return null;
    }

    public static DateTimeOffset AppealDeadline(DateTimeOffset decidedAt, AppealPolicy policy) => decidedAt.AddMonths(policy.WindowMonths);

    /// <summary>When an operator's decision on an appeal filed at <paramref name="appealedAt"/> is due.</summary>
    public static DateTimeOffset DecisionDueAt(DateTimeOffset appealedAt, AppealPolicy policy) => appealedAt.AddHours(policy.DecisionHours);

    /// <summary>Null when the seller may still answer the complaint; otherwise why not.</summary>
    public static Message? AnswerProblem(CaseStatus status, DateTimeOffset? answerDueAt, DateTimeOffset now)
    {
        if (status != CaseStatus.UnderReview) return Messages.OnlyPendingAnswerable();
        if (answerDueAt is { } due && now > due) return Messages.AnswerWindowClosed(due);
        return null;
    }

    /// <summary>
    /// The end of the seller's time to answer: <paramref name="workingDays"/> working days (Monday to Friday,
    /// by UTC) after filing, at the same time of day.
    /// </summary>
    public static DateTimeOffset AnswerDueAt(DateTimeOffset filedAt, int workingDays)
    {
        var due = filedAt;
        for (var left = workingDays; left > 0;)
        {
            due = due.AddDays(1);
            if (due.UtcDateTime.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return due;
    }
}
