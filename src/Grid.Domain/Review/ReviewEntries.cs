using Grid.Domain.Cases;

namespace Grid.Domain.Review;

/// <summary>What the queue rules need to know of an open case's entry; the stored record implements it.</summary>
public interface IReviewEntry
{
    Guid CaseId { get; }
    string? BrandId { get; }
    string Marketplace { get; }
    CaseStatus Status { get; }
    ReviewPriority Priority { get; }
    DateTimeOffset FiledAt { get; }
    DateTimeOffset? DueAt { get; }
    string? ClaimedBy { get; }
    DateTimeOffset? ClaimUntil { get; }

    /// <summary>Rises with every change the case makes to its entry, so a late, older copy never overwrites a newer one.</summary>
    int Revision { get; }
}

public static class ReviewEntries
{
    public static ReviewKey KeyOf(IReviewEntry e) => new(e.Priority, e.DueAt, e.FiledAt, e.CaseId);

    /// <summary>The entry's claim, if it is still in force.</summary>
    public static ReviewClaim? ActiveClaim(IReviewEntry e, DateTimeOffset now) =>
        e.ClaimedBy is { } by && ReviewClaims.IsActive(e.ClaimUntil, now) ? new ReviewClaim(by, e.ClaimUntil!.Value) : null;
}

/// <summary>Which open cases an operator asks for; a null criterion does not filter.</summary>
public sealed record ReviewFilter(string? BrandId, string? Marketplace, CaseStatus? Status, bool? Overdue, bool? Claimed)
{
    public static readonly ReviewFilter None = new(null, null, null, null, null);

    public bool Matches(IReviewEntry e, DateTimeOffset now) =>
        (BrandId is null || BrandId == e.BrandId)
        && (Marketplace is null || Marketplace == e.Marketplace)
        && (Status is null || Status == e.Status)
        && (Overdue is null || Overdue == ReviewDeadline.IsOverdue(e.DueAt, now))
        && (Claimed is null || Claimed == ReviewClaims.IsActive(e.ClaimUntil, now));
}
