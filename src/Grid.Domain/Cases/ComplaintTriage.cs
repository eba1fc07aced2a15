namespace Grid.Domain.Cases;

/// <summary>Where a new complaint goes first.</summary>
public sealed record ComplaintRoute(CaseAction Action, DateTimeOffset? DueAt);

public static class ComplaintTriage
{
    /// <summary>GoodFaith brands are trusted to take down at once; everyone else waits for review within the SLA.</summary>
    public static ComplaintRoute Route(ProgramTier tier, DateTimeOffset now, ReviewPolicy review) =>
        tier == ProgramTier.GoodFaith
            ? new ComplaintRoute(CaseAction.TakeDownAtOnce, null)
            : new ComplaintRoute(CaseAction.AcceptForReview, now.AddHours(review.DueWithinHours));
}
