using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;

namespace Grid.Domain.Review;

/// <summary>
/// The opaque <c>next</c> cursor of a queue page: the key of the last case on it, so the next page starts
/// right after that case whatever was enqueued or decided in between. Callers only hand it back.
/// </summary>
public static class ReviewCursor
{
    // version, priority, has-due, due ticks, filed ticks, case id: a fixed layout, versioned so it can change.
    private const byte Version = 1;
    private const int Length = 1 + 1 + 1 + 8 + 8 + 16;

    /// <summary>Longer text cannot be a cursor; refused before any decoding work.</summary>
    public const int MaxTextLength = 64;

    public static string Encode(ReviewKey key)
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        bytes[1] = (byte)key.Priority;
        bytes[2] = key.DueAt is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt64BigEndian(bytes[3..], key.DueAt?.UtcTicks ?? 0);
        BinaryPrimitives.WriteInt64BigEndian(bytes[11..], key.FiledAt.UtcTicks);
        key.CaseId.TryWriteBytes(bytes[19..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string? text, out ReviewKey key)
    {
        key = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength) return false;
        // Base64Url's Try... still throws on a character outside the alphabet; the status-returning decoder does not.
        Span<byte> bytes = stackalloc byte[Length + 2];
        if (Base64Url.DecodeFromChars(text, bytes, out var read, out var written) != OperationStatus.Done
            || read != text.Length || written != Length) return false;
        if (bytes[0] != Version || !Enum.IsDefined((ReviewPriority)bytes[1]) || bytes[2] > 1) return false;
        var dueTicks = BinaryPrimitives.ReadInt64BigEndian(bytes[3..]);
        var filedTicks = BinaryPrimitives.ReadInt64BigEndian(bytes[11..]);
        if (!IsTime(dueTicks) || !IsTime(filedTicks) || (bytes[2] == 0 && dueTicks != 0)) return false;
        DateTimeOffset? due = bytes[2] == 1 ? new DateTimeOffset(dueTicks, TimeSpan.Zero) : null;
        key = new ReviewKey((ReviewPriority)bytes[1], due, new DateTimeOffset(filedTicks, TimeSpan.Zero), new Guid(bytes[19..Length], bigEndian: true));
        // One text per key: anything that does not re-encode to itself (padding, stray bits) is not a cursor we gave out.
        return Encode(key) == text;
    }

    private static bool IsTime(long ticks) => ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks;
}
