using System.Text.RegularExpressions;
using Grid.Domain;
using Grid.Domain.Input;
using Grid.Domain.Languages;

namespace Grid.Silo.Api.Problems;

/// <summary>Collects what is wrong with a request, field by field, for a 400 validation problem.</summary>
public sealed partial class InputErrors
{
    private readonly Dictionary<string, List<Message>> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>Records a problem with <paramref name="field"/>; a message naming {field} gets its name.</summary>
    public void Add(string field, Message message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message.For(field));
    }

    public void Id(string field, string? value, bool required = true)
    {
        if (value is null && !required) return;
        if (Identifier.Problem(value) is { } problem) Add(field, problem);
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, Messages.Required());
    }

    /// <summary>One line of text: a name, a title.</summary>
    public void Text(string field, string? value, int maxLength, bool required = true) => Text(field, value, maxLength, required, prose: false);

    /// <summary>Text a person writes, which may run over several lines: a statement, a note, evidence described.</summary>
    public void Prose(string field, string? value, int maxLength, bool required = true) => Text(field, value, maxLength, required, prose: true);

    private void Text(string field, string? value, int maxLength, bool required, bool prose)
    {
        if (value is null)
        {
            if (required) Add(field, Messages.Required());
            return;
        }
        if (required && string.IsNullOrWhiteSpace(value)) Add(field, Messages.Blank());
        else if (value.Length > maxLength) Add(field, Messages.TooLong(maxLength));
        else if ((prose ? Identifier.ProseProblem(value) : Identifier.FreeTextProblem(value)) is { } problem) Add(field, problem);
    }

    public void Slug(string field, string? value)
    {
        if (value is null || !SlugPattern().IsMatch(value)) Add(field, Messages.NotASlug());
    }

    /// <summary>The problems as a validation problem: the 400 the endpoints answer bad input with.</summary>
    public LocalizedValidationProblem ToProblem() => new(this);

    public Dictionary<string, string[]> ToDictionary(Language language) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.In(language)).ToArray());

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex SlugPattern();
}
