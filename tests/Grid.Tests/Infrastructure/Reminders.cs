using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Grid.Tests.Infrastructure;

/// <summary>Reads the cluster's reminder table, and ticks a reminder by hand when the test clock has moved past it.</summary>
public static class Reminders
{
    public static async Task<ReminderEntry?> Row(this InProcessTestCluster cluster, IAddressable grain, string name)
    {
        var table = cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        var row = await table.ReadRow(grain.GetGrainId(), name);
        return row?.ETag is null ? null : row;
    }

    /// <summary>
    /// What the reminder service does at the due time. The test clock jumps days in a moment, and the service's
    /// timers, already set, do not jump with it; ticking by hand stands in for them.
    /// </summary>
    public static Task Tick(this IClusterClient client, IAddressable grain, string name)
    {
        var now = DateTime.UtcNow;
        return grain.AsReference<IRemindable>().ReceiveReminder(name, new TickStatus(now, TimeSpan.FromHours(1), now));
    }
}
