using Grid.Domain.Languages;

namespace Grid.Domain.Input;

/// <summary>What every caller-chosen id (listing, seller, brand, detector, registration number) must look like.</summary>
public static class Identifier
{
    public const int MaxLength = 128;

    /// <summary>Null when the id is acceptable; otherwise why it is not, about a field named later (<see cref="Message.For"/>).</summary>
    public static Message? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Messages.Required();
        if (value.Length > MaxLength) return Messages.TooLong(MaxLength);
        if (value != value.Trim()) return Messages.PaddedWithSpace();
        return FreeTextProblem(value);
    }

    /// <summary>Control characters and broken UTF-16 end up in logs and other systems' keys; refuse them everywhere.</summary>
    public static Message? FreeTextProblem(string value) => TextProblem(value, prose: false);

    /// <summary>
    /// Prose a person writes (a seller's statement, an operator's note, evidence described): line breaks and tabs are
    /// part of it, so only they of the control characters pass.
    /// </summary>
    public static Message? ProseProblem(string value) => TextProblem(value, prose: true);

    private static Message? TextProblem(string value, bool prose)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (prose && c is '\n' or '\r' or '\t') continue;
            if (char.IsControl(c)) return Messages.ControlCharacters();
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return Messages.BrokenUnicode();
        }
        return null;
    }
}
