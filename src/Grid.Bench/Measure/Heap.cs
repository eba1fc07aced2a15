namespace Grid.Bench.Measure;

/// <summary>The managed heap after full, compacting collections: what live objects hold, without garbage waiting to go.</summary>
public static class Heap
{
    public static long Live()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
