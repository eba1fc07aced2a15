using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grid.Silo.Api;

namespace Grid.Tests.Infrastructure;

/// <summary>Small helpers that speak the Grid's wire format, so tests read as the flows they check.</summary>
public static class GridApiClient
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        GridApi.Configure(json);
        return json;
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> Send(this HttpClient http, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = body is string raw
            ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
            : JsonContent.Create(body, options: Json);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> Get(this HttpClient http, string path) => http.Send(HttpMethod.Get, path);
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Post(this HttpClient http, string path, object? body, string? idempotencyKey = null) =>
        http.Send(HttpMethod.Post, path, body, idempotencyKey);
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Put(this HttpClient http, string path, object? body) => http.Send(HttpMethod.Put, path, body);

    /// <summary>Fails with the response body, so a failing test says what the server said.</summary>
    public static JsonNode Expect(this (HttpStatusCode Status, JsonNode? Body) response, HttpStatusCode expected)
    {
        Assert.True(response.Status == expected, $"Expected {(int)expected} {expected}, got {(int)response.Status}: {response.Body?.ToJsonString()}");
        return response.Body ?? new JsonObject();
    }
}
