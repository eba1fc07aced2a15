using System.Security.Cryptography;
using System.Text;

namespace Grid.Domain.Cases;

/// <summary>Identities that make a resent notice land on the case it already opened.</summary>
public static class NoticeKeys
{
    /// <summary>A brand's complaint on one listing under one right is one notice.</summary>
    public static string ForComplaint(string brandId, RightType right, string registrationNumber) =>
        string.Join(Separator, "complaint", brandId, right, registrationNumber);

    /// <summary>A detector flagging the same listing again is one notice while its case is open.</summary>
    public static string ForFlag(string detector) => string.Join(Separator, "flag", detector);

    // A control character: ids may not contain one (Identifier), so no two different notices join to the same key.
    private const char Separator = '\u001f';

    /// <summary>
    /// The case id an Idempotency-Key stands for: a name-based UUID of the caller's scope and key,
    /// so a retry reaches the same case grain without any lookup table.
    /// </summary>
    public static Guid CaseIdFor(string scope, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(Separator, scope, idempotencyKey)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
