using Grid.Domain.Cases;
using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class ComplaintTriageTests
{
    private static readonly DateTimeOffset FiledAt = Clock.T0;

    [Fact]
    public void GoodFaithComplaint_IsTakenDownAtOnce_WithNoReviewDue()
    {
        var route = ComplaintTriage.Route(ProgramTier.GoodFaith, FiledAt, Policies.Default().Review);

        Assert.Equal(CaseAction.TakeDownAtOnce, route.Action);
        Assert.Null(route.DueAt);
    }

    [Fact]
    public void StandardComplaint_GoesToReview_DueFortyEightHoursAfterFiling()
    {
        var route = ComplaintTriage.Route(ProgramTier.Standard, FiledAt, Policies.Default().Review);

        Assert.Equal(CaseAction.AcceptForReview, route.Action);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.Zero), route.DueAt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    [InlineData(72)]
    public void StandardComplaint_IsDueExactlyDueWithinHoursLater(double hours)
    {
        var review = new ReviewPolicy { DueWithinHours = hours };

        var route = ComplaintTriage.Route(ProgramTier.Standard, FiledAt, review);

        Assert.Equal(FiledAt + TimeSpan.FromHours(hours), route.DueAt);
    }
}
