using Grid.Domain.Penalties;

namespace Grid.Domain.Listings;

/// <summary>
/// What the status rule needs of one listing, taken once when the listing changes so a status check only
/// evaluates it: immutable, so a reader on any thread sees one whole version. Most listings have no takedown
/// and no seller penalty; they all share <see cref="Open"/>, so keeping facts for a million listings costs a
/// reference each. The clock is applied at each check, since penalties run out by time alone.
/// </summary>
public sealed class ListingStatusFacts
{
    public static readonly ListingStatusFacts Open = new(null, [], null);

    private readonly (Guid CaseId, DateTimeOffset Since)? takedown;
    private readonly IReadOnlyList<IPenalty> penalties;
    private readonly DateTimeOffset? firstRegisteredAt;

    private ListingStatusFacts((Guid, DateTimeOffset)? takedown, IReadOnlyList<IPenalty> penalties, DateTimeOffset? firstRegisteredAt)
    {
        this.takedown = takedown;
        this.penalties = penalties;
        this.firstRegisteredAt = firstRegisteredAt;
    }

    /// <summary>
    /// The facts of a listing: its first takedown in force (the one the front end is shown), the seller's
    /// penalties pushed to it, when it was first registered. An unregistered listing is open, whatever else.
    /// </summary>
    public static ListingStatusFacts Of(bool registered, (Guid CaseId, DateTimeOffset Since)? takedown, IReadOnlyList<IPenalty> penalties, DateTimeOffset? firstRegisteredAt) =>
        !registered || (takedown is null && penalties.Count == 0)
            ? Open
            : new ListingStatusFacts(takedown, [.. penalties], firstRegisteredAt);

    public ListingVerdict Evaluate(DateTimeOffset now) =>
        ReferenceEquals(this, Open) ? ListingVerdict.Open : ListingStatusRule.Evaluate(takedown, penalties, firstRegisteredAt, now);
}
