namespace Grid.Domain.Cases;

/// <summary>
/// One complaint naming many listings under one IP right (as Alibaba's IPP allows): each listing gets a case
/// of its own, decided on its own, grouped under the complaint so the brand tracks them together.
/// </summary>
public static class ComplaintGroups
{
    public const int MaxListings = 300;

    /// <summary>The case for one listing of a complaint: the same complaint sent again finds the same cases.</summary>
    public static Guid CaseIdOf(Guid complaintId, string listingId) => NoticeKeys.CaseIdFor($"complaint-listing:{complaintId:N}", listingId);
}
