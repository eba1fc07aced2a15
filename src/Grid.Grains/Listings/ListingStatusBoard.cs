using System.Collections.Concurrent;
using Grid.Domain.Listings;

namespace Grid.Grains.Listings;

/// <summary>
/// One per silo: the status facts of every listing whose grain is active on this silo, so a batch of status
/// checks is answered with lookups instead of a grain call per listing. Only a listing's own activation writes
/// its entry: on activation, within the same turn as every change that moves its status (so the change is on
/// the board before the grain answers its caller), and it withdraws the entry as it deactivates. A listing not
/// on the board is asked directly, so a miss is only slower, never wrong.
/// </summary>
public sealed class ListingStatusBoard
{
    private readonly ConcurrentDictionary<string, ListingStatusFacts> facts = new(StringComparer.Ordinal);

    public int Count => facts.Count;

    public void Publish(string listingId, ListingStatusFacts current) => facts[listingId] = current;

    public void Withdraw(string listingId) => facts.TryRemove(listingId, out _);

    public bool TryGet(string listingId, out ListingStatusFacts current) => facts.TryGetValue(listingId, out current!);
}
