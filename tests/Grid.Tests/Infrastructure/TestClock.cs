namespace Grid.Tests.Infrastructure;

/// <summary>A clock the tests move forward by hand; it never goes back, so tests sharing it cannot disturb each other's order of events.</summary>
public sealed class TestClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The test clock only moves forward.");
        Interlocked.Add(ref ticks, by.Ticks);
    }
}
