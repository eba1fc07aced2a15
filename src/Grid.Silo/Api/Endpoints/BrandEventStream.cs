using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using Grid.Contracts;
using Grid.Contracts.Events;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Grid.Silo.Api.Endpoints;

/// <summary>
/// GET /v1/brands/{brandId}/events: the brand's Orleans stream as Server-Sent Events.
/// Each event carries its sequence number as the SSE id.
/// </summary>
public static class BrandEventStream
{
    // A subscriber this far behind is cut off rather than allowed to grow the silo's memory; it reconnects.
    private const int MaxBuffered = 10_000;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task<IResult> Serve(
        string brandId, HttpContext context, ClaimsPrincipal user, IClusterClient client,
        IOptions<JsonOptions> json, ILoggerFactory logs)
    {
        var e = new InputErrors();
        e.Id("brandId", brandId);
        if (e.Any) return TypedResults.ValidationProblem(e.ToDictionary());
        if (!user.ActsForBrand(brandId)) return ReplyResults.Forbidden($"This key may not subscribe to brand '{brandId}'.");

        var buffer = Channel.CreateBounded<BrandEvent>(new BoundedChannelOptions(MaxBuffered) { SingleReader = true });
        var stream = client.GetStreamProvider(GridNames.StreamProvider)
            .GetStream<BrandEvent>(StreamId.Create(GridNames.BrandEventsNamespace, brandId));
        var subscription = await stream.SubscribeAsync((item, _) =>
        {
            if (!buffer.Writer.TryWrite(item)) buffer.Writer.TryComplete(new ChannelClosedException("subscriber too slow"));
            return Task.CompletedTask;
        });

        var log = logs.CreateLogger(typeof(BrandEventStream));
        var aborted = context.RequestAborted;
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            // A comment first, so the subscriber knows the subscription is live before any event exists.
            await response.WriteAsync(": subscribed\n\n", aborted);
            await response.Body.FlushAsync(aborted);
            log.LogInformation("SSE subscriber joined brand {BrandId}", brandId);

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
        catch (ChannelClosedException)
        {
            log.LogWarning("SSE subscriber of brand {BrandId} fell {Max} events behind and was disconnected", brandId, MaxBuffered);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
            log.LogInformation("SSE subscriber left brand {BrandId}", brandId);
        }
        return TypedResults.Empty;
    }
}
