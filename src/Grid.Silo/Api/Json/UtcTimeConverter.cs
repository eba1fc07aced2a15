using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grid.Silo.Api.Json;

/// <summary>Writes every time as ISO 8601 in UTC with a 'Z', whatever offset it was stored with.</summary>
public sealed class UtcTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
}
