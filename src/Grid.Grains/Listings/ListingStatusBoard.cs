using System.Collections.Concurrent;

namespace Grid.Grains.Listings;

/// <summary>
/// One per silo: the status card of every listing whose grain is active on this silo, so a batch of status
/// checks is answered with lookups instead of a grain call per listing. Only a listing's own activation writes
/// its entry: on activation, within the same turn as every change that moves its status (so the change is on
/// the board before the grain answers its caller), and it withdraws the entry as it deactivates. A listing not
/// on the board is asked directly, so a miss is only slower, never wrong.
/// </summary>
public sealed class ListingStatusBoard
{
    private readonly ConcurrentDictionary<string, ListingStatusCard> cards = new(StringComparer.Ordinal);

    public int Count => cards.Count;

    public void Publish(string listingId, ListingStatusCard current) => cards[listingId] = current;

    public void Withdraw(string listingId) => cards.TryRemove(listingId, out _);

    public bool TryGet(string listingId, out ListingStatusCard current) => cards.TryGetValue(listingId, out current!);
}
