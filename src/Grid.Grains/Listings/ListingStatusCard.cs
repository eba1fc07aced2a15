using Grid.Contracts.Listings;
using Grid.Domain.Listings;

namespace Grid.Grains.Listings;

/// <summary>
/// One listing's status as its grain last published it. An open listing's answer does not depend on the clock,
/// so it is built once and handed out to every check (no allocation per read); any other is evaluated at each
/// check, because penalties run out by time alone.
/// </summary>
public sealed class ListingStatusCard
{
    private readonly string listingId;
    private readonly ListingStatusFacts facts;
    private readonly ListingStatus? open;

    public ListingStatusCard(string listingId, ListingStatusFacts facts)
    {
        this.listingId = listingId;
        this.facts = facts;
        open = ReferenceEquals(facts, ListingStatusFacts.Open) ? ListingStatuses.Of(listingId, ListingVerdict.Open) : null;
    }

    public ListingStatus Answer(DateTimeOffset now) => open ?? ListingStatuses.Of(listingId, facts.Evaluate(now));
}
