using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grid.Contracts;

/// <summary>
/// How enum values read on the wire and in messages: lower-case and hyphenated (taken-down, good-faith), or the
/// name a value's [JsonStringEnumMemberName] gives it where the wire has its own spelling (the language tag zh-CN).
/// </summary>
public static class WireNames
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : Policy.ConvertName(value.ToString());

    /// <summary>Every wire name of an enum type, in declaration order.</summary>
    public static IEnumerable<string> All(Type enumType) => Enum.GetNames(enumType).Select(name => Of(enumType, name));

    private static string Of(Type enumType, string name) =>
        enumType.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? Policy.ConvertName(name);

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Of(typeof(T), v.ToString()));
    }
}
