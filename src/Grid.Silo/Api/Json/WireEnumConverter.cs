using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grid.Contracts;

namespace Grid.Silo.Api.Json;

/// <summary>
/// Reads and writes every enum as its wire name (<see cref="WireNames"/>: "taken-down", "good-faith") and
/// nothing else. JsonStringEnumConverter also reads comma-joined lists as a bitwise OR of flags, so
/// "trademark, copyright" would arrive as Patent and "patent, design" as a value the enum does not have;
/// here anything but an exact wire name is a JsonException, which the API answers with a 400.
/// </summary>
public sealed class WireEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => WireNames.Of(v), StringComparer.Ordinal);

        private static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => WireNames.Of(v));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Names.TryGetValue(value, out var name)
                ? name
                : throw new JsonException($"{typeof(T).Name} has no value {value}."));
    }
}
