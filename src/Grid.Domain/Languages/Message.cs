using System.Globalization;

namespace Grid.Domain.Languages;

/// <summary>
/// One argument of a message: a value written as it is (an id, a number, a time), or a term of the vocabulary
/// (a case status, a right type) written in the reader's language.
/// </summary>
public readonly record struct MessageArg(string Name, string? Value, MessageKey? Term)
{
    public static implicit operator MessageArg((string Name, string Value) a) => new(a.Name, a.Value, null);

    public static implicit operator MessageArg((string Name, Guid Value) a) => new(a.Name, a.Value.ToString(), null);

    public static implicit operator MessageArg((string Name, int Value) a) => new(a.Name, a.Value.ToString(CultureInfo.InvariantCulture), null);

    public static implicit operator MessageArg((string Name, long Value) a) => new(a.Name, a.Value.ToString(CultureInfo.InvariantCulture), null);

    // Times in ISO 8601 in every language: exact, and what the API's own time fields say.
    public static implicit operator MessageArg((string Name, DateTimeOffset Value) a) => new(a.Name, a.Value.ToString("O", CultureInfo.InvariantCulture), null);

    public static implicit operator MessageArg((string Name, MessageKey Term) a) => new(a.Name, null, a.Term);
}

/// <summary>
/// A message a person will read, not yet in any language: its key and arguments. It travels from where the
/// problem is found (a rule, a grain) to the HTTP boundary, which writes it in the caller's language.
/// </summary>
public sealed record Message(MessageKey Key, IReadOnlyList<MessageArg> Args)
{
    public static Message Of(MessageKey key, params MessageArg[] args) => new(key, args);

    /// <summary>This message about a field of the request: input problems are found before anyone knows the field's name.</summary>
    public Message For(string field) => this with { Args = [.. Args.Where(a => a.Name != "field"), new MessageArg("field", field, null)] };

    public string In(Language language) => Messages.Render(this, language);

    /// <summary>The English text: what logs and stored English copies carry.</summary>
    public string English => In(Language.En);

    public override string ToString() => English;
}
