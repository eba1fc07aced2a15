using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Grid.Tests.Infrastructure;

/// <summary>An answer with the languages its human text is in (Content-Language), and what a cache must key it by (Vary).</summary>
public sealed record LocalizedResponse(HttpStatusCode Status, JsonNode? Body, string? ContentLanguage, IReadOnlyList<string> Vary)
{
    public JsonNode Expect(HttpStatusCode expected) => (Status, Body).Expect(expected);

    public JsonNode ExpectProblem(HttpStatusCode expected) => (Status, Body).ExpectProblem(expected);
}

/// <summary>Requests that name the language the caller reads, as Accept-Language, sent exactly as given.</summary>
public static class LanguageClient
{
    public static async Task<LocalizedResponse> SendIn(
        this HttpClient http, string? acceptLanguage, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = body is string raw
            ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
            : JsonContent.Create(body, options: GridApiClient.Json);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var contentLanguage = response.Content.Headers.ContentLanguage.Count > 0 ? string.Join(", ", response.Content.Headers.ContentLanguage) : null;
        return new LocalizedResponse(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), contentLanguage, [.. response.Headers.Vary]);
    }

    public static Task<LocalizedResponse> GetIn(this HttpClient http, string? acceptLanguage, string path) =>
        http.SendIn(acceptLanguage, HttpMethod.Get, path);

    public static Task<LocalizedResponse> PostIn(this HttpClient http, string? acceptLanguage, string path, object? body) =>
        http.SendIn(acceptLanguage, HttpMethod.Post, path, body);
}
