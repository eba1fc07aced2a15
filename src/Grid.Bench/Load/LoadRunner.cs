using System.Diagnostics;
using System.Threading.Channels;

namespace Grid.Bench.Load;

/// <summary>
/// The in-repo load generator (no wrk here: the same process, the same two cores as the server, which the
/// ratios to same-run baselines absorb). Closed loop: N callers, each sending its next call when the last
/// returns, for a fixed time or a fixed number of calls. Paced: calls released at a fixed rate.
/// </summary>
public static class LoadRunner
{
    public static async Task<Sample> ClosedLoop(Func<int, ValueTask> call, int callers, TimeSpan duration, int maxCalls = int.MaxValue, int itemsPerCall = 1)
    {
        var next = -1;
        var logs = new List<long>[callers];
        var start = Stopwatch.GetTimestamp();
        var stopAt = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long last = start;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async c =>
        {
            var log = logs[c] = new List<long>(4096);
            // Off the starting thread, so the callers spread over the pool even when a call completes synchronously.
            await Task.Yield();
            int i;
            while ((i = Interlocked.Increment(ref next)) < maxCalls)
            {
                var t0 = Stopwatch.GetTimestamp();
                if (t0 >= stopAt) break;
                await call(i);
                var t1 = Stopwatch.GetTimestamp();
                log.Add(t1 - t0);
                InterlockedMax(ref last, t1);
            }
        }));
        var all = logs.SelectMany(l => l).ToArray();
        return Sample.From(all.Length, itemsPerCall, Stopwatch.GetElapsedTime(start, last), all);
    }

    /// <summary>
    /// Calls released at <paramref name="perSecond"/>, each answered by the first free caller; a call's latency
    /// runs from its release, so time spent waiting for a free caller counts (no coordinated omission).
    /// </summary>
    public static async Task<Sample> Paced(Func<int, ValueTask> call, double perSecond, int callers, TimeSpan duration, int itemsPerCall = 1)
    {
        var released = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true });
        var logs = new List<long>[callers];
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, callers).Select(async c =>
        {
            var log = logs[c] = new List<long>(4096);
            await Task.Yield();
            await foreach (var at in released.Reader.ReadAllAsync())
            {
                await call(Interlocked.Increment(ref next));
                log.Add(Stopwatch.GetTimestamp() - at);
            }
        }).ToArray();

        long sent = 0;
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            var due = (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond);
            var now = Stopwatch.GetTimestamp();
            for (; sent < due; sent++) released.Writer.TryWrite(now);
            await Task.Delay(1);
        }
        released.Writer.Complete();
        await Task.WhenAll(workers);
        var all = logs.SelectMany(l => l).ToArray();
        return Sample.From(all.Length, itemsPerCall, Stopwatch.GetElapsedTime(start), all);
    }

    /// <summary>A synchronous operation on every core, back to back: throughput only (timing each would cost more than it).</summary>
    public static Sample TightLoop(Action<int> op, TimeSpan duration)
    {
        var threads = Environment.ProcessorCount;
        var counts = new long[threads];
        var start = Stopwatch.GetTimestamp();
        var stopAt = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            long n = 0;
            var i = t * 1_000_003;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                for (var k = 0; k < 1000; k++) op(i++);
                n += 1000;
            }
            counts[t] = n;
        });
        var calls = counts.Sum();
        return new Sample(calls / Stopwatch.GetElapsedTime(start).TotalSeconds, double.NaN, double.NaN, calls);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
