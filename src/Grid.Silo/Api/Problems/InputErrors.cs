using System.Text.RegularExpressions;
using Grid.Domain.Input;

namespace Grid.Silo.Api.Problems;

/// <summary>Collects what is wrong with a request, field by field, for a 400 validation problem.</summary>
public sealed partial class InputErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public void Id(string field, string? value, bool required = true)
    {
        if (value is null && !required) return;
        if (Identifier.Problem(value) is { } problem) Add(field, $"{field} {problem}");
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, $"{field} is required.");
    }

    public void Text(string field, string? value, int maxLength, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, $"{field} is required.");
            return;
        }
        if (required && string.IsNullOrWhiteSpace(value)) Add(field, $"{field} must not be blank.");
        else if (value.Length > maxLength) Add(field, $"{field} must be at most {maxLength} characters.");
        else if (Identifier.FreeTextProblem(value) is { } problem) Add(field, $"{field} {problem}");
    }

    public void Slug(string field, string? value)
    {
        if (value is null || !SlugPattern().IsMatch(value))
            Add(field, $"{field} must be 1-32 lower-case letters, digits or '-', e.g. 'taobao'.");
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex SlugPattern();
}
