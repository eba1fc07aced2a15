using System.Buffers.Binary;

namespace Grid.Domain.Review;

/// <summary>
/// How the queue is spread: a fixed number of partitions, each case in one by its id. A partition keeps
/// its entries as a snapshot plus a journal of changes since, because grain storage writes a state whole:
/// a change writes the short journal, and only now and then the snapshot.
/// </summary>
public static class ReviewPartitions
{
    /// <summary>Below this many changes the journal is not worth folding into the snapshot.</summary>
    public const int MinJournal = 32;

    /// <summary>
    /// The partition of a case: its id's last four bytes, random in every case id the Grid makes
    /// (random UUIDs, and the SHA-256-based ids of idempotency keys), modulo the partition count.
    /// </summary>
    public static int Of(Guid caseId, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitions);
        Span<byte> bytes = stackalloc byte[16];
        caseId.TryWriteBytes(bytes, bigEndian: true, out _);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]) % (uint)partitions);
    }

    /// <summary>
    /// Fold the journal into the snapshot once it holds about sqrt(2n) changes for n entries: a change then
    /// costs a journal write of sqrt(n/2) entries on average plus a share of sqrt(n/2) of the next snapshot,
    /// the least total for n entries, instead of writing all n every time.
    /// </summary>
    public static bool ShouldCompact(int journalLength, int entries) => Journals.ShouldCompact(journalLength, entries, MinJournal);
}
