namespace Grid.Domain.Input;

/// <summary>What every caller-chosen id (listing, seller, brand, detector, registration number) must look like.</summary>
public static class Identifier
{
    public const int MaxLength = 128;

    /// <summary>Null when the id is acceptable; otherwise why it is not, as the end of a sentence.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "is required.";
        if (value.Length > MaxLength) return $"must be at most {MaxLength} characters.";
        if (value != value.Trim()) return "must not start or end with white space.";
        return FreeTextProblem(value);
    }

    /// <summary>Control characters and broken UTF-16 end up in logs and other systems' keys; refuse them everywhere.</summary>
    public static string? FreeTextProblem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c)) return "must not contain control characters.";
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return "must be valid Unicode text.";
        }
        return null;
    }
}
