using System.Text.Json.Nodes;
using Grid.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Grid.Silo.Api.Json;

/// <summary>
/// The OpenAPI document's enum schemas, in the wire names <see cref="WireEnumConverter"/> reads and writes:
/// a custom converter hides them from the schema generator, so they are written here from the same names.
/// </summary>
public sealed class WireEnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!type.IsEnum) return Task.CompletedTask;
        schema.Type = JsonSchemaType.String;
        schema.Enum = [.. WireNames.All(type).Select(n => (JsonNode)JsonValue.Create(n))];
        return Task.CompletedTask;
    }
}
