using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Grid.Tests.Infrastructure;

/// <summary>One Server-Sent Event as a subscriber reads it off the wire.</summary>
public sealed record SseEvent(long Id, string Type, JsonNode Data);

/// <summary>A plain SSE subscriber over HttpClient: what a brand's integration would do.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private SseClient(HttpResponseMessage response, StreamReader reader) => (this.response, this.reader) = (response, reader);

    public static async Task<SseClient> Open(HttpClient http, string path, string? lastEventId, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
        Assert.Equal(": subscribed", await reader.ReadLineAsync(cancellation));
        return new SseClient(response, reader);
    }

    /// <summary>The next event, skipping comments and keep-alives.</summary>
    public async Task<SseEvent> Next(CancellationToken cancellation)
    {
        long? id = null;
        string? type = null;
        JsonNode? data = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellation) ?? throw new Xunit.Sdk.XunitException("The event stream ended.");
            if (line.Length == 0)
            {
                if (id is { } i && type is not null && data is not null) return new SseEvent(i, type, data);
                continue;
            }
            if (line.StartsWith("id: ", StringComparison.Ordinal)) id = long.Parse(line["id: ".Length..]);
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = JsonNode.Parse(line["data: ".Length..]);
        }
    }

    public async Task<List<SseEvent>> Take(int count, CancellationToken cancellation)
    {
        var events = new List<SseEvent>();
        while (events.Count < count) events.Add(await Next(cancellation));
        return events;
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
