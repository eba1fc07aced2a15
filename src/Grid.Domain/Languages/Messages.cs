using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Grid.Domain.Languages;

/// <summary>A message's text in each language; {name} marks where an argument goes.</summary>
public sealed record Template(string En, string ZhHans)
{
    public string In(Language language) => language == Language.ZhHans ? ZhHans : En;
}

/// <summary>
/// The message catalog: every message a person reads, in English and Simplified Chinese, built by the
/// factories in this class's parts (one part per area) so each message has one place and typed arguments.
/// </summary>
public static partial class Messages
{
    private sealed record Entry(MessageKey Key, string En, string ZhHans);

    public static readonly FrozenDictionary<MessageKey, Template> Catalog =
        Input().Concat(Cases()).Concat(Access()).Concat(Http()).Concat(Reasons()).Concat(Terms())
            .ToFrozenDictionary(e => e.Key, e => new Template(e.En, e.ZhHans));

    /// <summary>The names of the arguments a template writes, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct()];

    public static string Render(MessageKey key, Language language) => Render(new Message(key, []), language);

    /// <summary>
    /// The message in <paramref name="language"/>. Arguments are put in once, never read as templates themselves,
    /// so a caller's id that looks like "{field}" stays as it is; an argument the message lacks stays a visible
    /// {name} rather than failing the answer it is part of.
    /// </summary>
    public static string Render(Message message, Language language)
    {
        var template = Catalog.TryGetValue(message.Key, out var t) ? t.In(language) : message.Key.ToString();
        return PlaceholderPattern().Replace(template, m =>
        {
            foreach (var arg in message.Args)
            {
                if (arg.Name != m.Groups[1].Value) continue;
                return arg.Term is { } term ? Render(term, language) : arg.Value ?? "";
            }
            return m.Value;
        });
    }

    private static Message Of(MessageKey key, params MessageArg[] args) => Message.Of(key, args);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}
