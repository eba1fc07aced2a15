namespace Grid.Domain.Tests.Support;

/// <summary>Fixed points in time, all UTC: tests never read the wall clock.</summary>
internal static class Clock
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(double days) => T0.AddDays(days);
}
