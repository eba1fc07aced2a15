using Grid.Contracts;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Grid.Silo.Hosting;

/// <summary>
/// Grain states are stored in Orleans' own binary format, by the same [GenerateSerializer] contracts and [Id]s the
/// wire uses, instead of the storage providers' default JSON: those Ids are what keeps stored state readable across
/// renames and upgrades, and the takedown path writes about ten states (profiled: storage writes were two thirds of
/// its time, JSON serialization half of that).
/// </summary>
public static class GridStateSerializer
{
    public static void UseForMemoryStorage(IServiceCollection services)
    {
        foreach (var name in StorageNames)
            services.AddOptions<MemoryGrainStorageOptions>(name).Configure<Serializer>((o, s) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(s));
    }

    public static void UseForAdoNetStorage(IServiceCollection services)
    {
        foreach (var name in StorageNames)
            services.AddOptions<AdoNetGrainStorageOptions>(name).Configure<Serializer>((o, s) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(s));
    }

    private static readonly string[] StorageNames = [GridNames.Storage];
}
