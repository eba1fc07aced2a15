using Grid.Contracts.Brands;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using Grid.Contracts;
using Grid.Contracts.Events;
using Grid.Domain.Languages;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;
using FromQueryAttribute = Microsoft.AspNetCore.Mvc.FromQueryAttribute;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// GET /v1/brands/{brandId}/events: the brand's durable event log as Server-Sent Events, from the
/// <c>Last-Event-ID</c> the subscriber saw (or <c>?from=</c>) on, exactly once and in order; without a
/// cursor, from now on. Each event carries its sequence number as the SSE id.
/// </summary>
public static class BrandEventStream
{
    // Read ahead of a slow subscriber by this much; beyond it the feed simply waits (the log holds the rest).
    private const int ReadAhead = 256;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task<IResult> Serve(
        string brandId, [FromHeader(Name = "Last-Event-ID")] string? lastEventId, [FromQuery] string? from,
        HttpContext context, ClaimsPrincipal user, IClusterClient client, IOptions<JsonOptions> json, ILoggerFactory logs)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        var after = Cursor(lastEventId, from, e);
        if (e.Any) return e.ToProblem();
        if (!user.ActsForBrand(brandId)) return ReplyResults.Forbidden(Messages.MayNotSubscribe(brandId));

        var log = logs.CreateLogger(typeof(BrandEventStream));
        var requested = after;
        // "From now" is fixed before the subscription is announced: every event logged after ": subscribed" is delivered.
        after ??= await client.GetGrain<IBrandGrain>(brandId).GetLastEventSequence();
        var aborted = context.RequestAborted;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var buffer = Channel.CreateBounded<BrandEvent>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var pump = Pump(BrandEventFeed.Follow(client, client.GetStreamProvider(GridNames.StreamProvider), brandId, after, stop.Token), buffer.Writer, stop.Token);
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            // A comment first, so the subscriber knows the subscription is live before any event exists.
            await response.WriteAsync(": subscribed\n\n", aborted);
            await response.Body.FlushAsync(aborted);
            log.LogInformation("SSE subscriber joined brand {BrandId} after event {After}{Now}", brandId, after, requested is null ? " (now)" : "");

            while (!aborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(Heartbeat);
                BrandEvent item;
                try
                {
                    if (!await buffer.Reader.WaitToReadAsync(wait.Token)) break;
                    item = await buffer.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", aborted);
                    await response.Body.FlushAsync(aborted);
                    continue;
                }
                var data = JsonSerializer.Serialize(item, json.Value.SerializerOptions);
                await response.WriteAsync($"id: {item.Sequence}\nevent: {item.EventType}\ndata: {data}\n\n", aborted);
                await response.Body.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The subscriber left: the normal end of an event stream.
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            // The headers are sent, so no problem details any more: end the stream; the subscriber reconnects with its cursor.
            log.LogWarning(ex, "SSE feed of brand {BrandId} failed; the subscriber must reconnect", brandId);
        }
        finally
        {
            await stop.CancelAsync();
            try { await pump; } catch (Exception) { /* its failure already ended the response */ }
            log.LogInformation("SSE subscriber left brand {BrandId}", brandId);
        }
        return TypedResults.Empty;
    }

    /// <summary>Moves the feed into the buffer; a failure of the feed completes the buffer with it.</summary>
    private static async Task Pump(IAsyncEnumerable<BrandEvent> feed, ChannelWriter<BrandEvent> buffer, CancellationToken stop)
    {
        try
        {
            await foreach (var item in feed.WithCancellation(stop)) await buffer.WriteAsync(item, stop);
            buffer.TryComplete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            buffer.TryComplete();
        }
        catch (Exception ex)
        {
            buffer.TryComplete(ex);
            throw;
        }
    }

    /// <summary>Where the subscriber resumes: the SSE <c>Last-Event-ID</c> header, else <c>?from=</c>; null is "from now".</summary>
    private static long? Cursor(string? lastEventId, string? from, InputErrors e)
    {
        // Strings, not numbers, in the signature: a bad cursor gets our problem details naming it, not a binding failure.
        var (name, raw) = lastEventId is not null ? ("Last-Event-ID", lastEventId) : ("from", from);
        if (string.IsNullOrEmpty(raw)) return null;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var after)) return after;
        e.Add(name, Messages.NotAnEventSequence());
        return null;
    }
}
