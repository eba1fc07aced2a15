using System.Security.Cryptography;
using System.Text;

namespace Grid.Domain.Cases;

/// <summary>Identities that make a resent notice land on the case it already opened.</summary>
public static class NoticeKeys
{
    /// <summary>A brand's complaint on one listing under one right is one notice.</summary>
    public static string ForComplaint(string brandId, RightType right, string registrationNumber) =>
        $"complaint|{brandId}|{right}|{registrationNumber}";

    /// <summary>A detector flagging the same listing again is one notice while its case is open.</summary>
    public static string ForFlag(string detector) => $"flag|{detector}";

    /// <summary>
    /// The case id an Idempotency-Key stands for: a name-based UUID of the caller's scope and key,
    /// so a retry reaches the same case grain without any lookup table.
    /// </summary>
    public static Guid CaseIdFor(string scope, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{idempotencyKey}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
