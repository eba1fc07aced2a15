using Grid.Domain.Review;

namespace Grid.Domain.Tests.Support;

/// <summary>A review queue entry as the rules see it; the stored record has the same shape.</summary>
internal sealed record TestEntry(
    Guid CaseId,
    ReviewPriority Priority = ReviewPriority.Standard,
    DateTimeOffset? DueAt = null,
    DateTimeOffset FiledAt = default,
    string? BrandId = "acme",
    string Marketplace = "taobao",
    CaseStatus Status = CaseStatus.UnderReview,
    string? ClaimedBy = null,
    DateTimeOffset? ClaimUntil = null,
    int Revision = 1) : IReviewEntry
{
    /// <summary>A standard entry filed at <paramref name="filedDay"/> and due two days later.</summary>
    public static TestEntry Filed(double filedDay, ReviewPriority priority = ReviewPriority.Standard) =>
        new(Guid.NewGuid(), priority, Clock.Day(filedDay + 2), Clock.Day(filedDay));

    public ReviewKey Key => ReviewEntries.KeyOf(this);
}
