using System.IO.Hashing;
using System.Text;

namespace Grid.Contracts.Reports;

/// <summary>
/// Where the enforcement log lives: one grain per hour and bucket, so an append rewrites at most an hour's
/// share of one bucket, and a report reads only the hours it covers.
/// </summary>
public static class ActivityLog
{
    public const int Buckets = 4;

    /// <summary>A report may cover at most this long: it reads every hour in between.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(366);

    public static string PartitionOf(ActivityRecord entry) =>
        Key(entry.At, (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(entry.Puid)) % Buckets));

    public static IEnumerable<string> PartitionsBetween(DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = Hour(from); hour < to; hour = hour.AddHours(1))
            for (var bucket = 0; bucket < Buckets; bucket++)
                yield return Key(hour, bucket);
    }

    public static Task Append(this IGrainFactory grains, ActivityRecord entry) =>
        grains.GetGrain<IActivityLogGrain>(PartitionOf(entry)).Append(entry);

    /// <summary>Every entry in [from, to), read hour by hour a few partitions at a time.</summary>
    public static async Task<List<ActivityRecord>> Read(this IGrainFactory grains, DateTimeOffset from, DateTimeOffset to)
    {
        var entries = new List<ActivityRecord>();
        foreach (var batch in PartitionsBetween(from, to).Chunk(64))
        {
            var pages = await Task.WhenAll(batch.Select(key => grains.GetGrain<IActivityLogGrain>(key).Read()));
            entries.AddRange(pages.SelectMany(p => p).Where(e => e.At >= from && e.At < to));
        }
        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Puid, StringComparer.Ordinal)];
    }

    private static DateTimeOffset Hour(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private static string Key(DateTimeOffset at, int bucket) => $"{Hour(at):yyyy-MM-ddTHH}/{bucket}";
}
