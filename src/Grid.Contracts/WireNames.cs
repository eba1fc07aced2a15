using System.Text.Json;

namespace Grid.Contracts;

/// <summary>How enum values read on the wire and in messages: lower-case and hyphenated (taken-down, good-faith).</summary>
public static class WireNames
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Every wire name of an enum type, in declaration order.</summary>
    public static IEnumerable<string> All(Type enumType) => Enum.GetNames(enumType).Select(Policy.ConvertName);
}
