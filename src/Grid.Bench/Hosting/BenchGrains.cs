using Grid.Contracts;
using Grid.Contracts.Listings;
using Orleans.Concurrency;

namespace Grid.Bench.Hosting;

/// <summary>A dictionary lookup behind the status check's grain-call shape: the ceiling for one check through Orleans.</summary>
[Alias("bench.IEchoGrain")]
public interface IEchoGrain : IGrainWithStringKey
{
    [Alias("status"), ReadOnly]
    ValueTask<ListingStatus> GetStatus();
}

/// <summary>The same for a batch: one call, many dictionary lookups; the ceiling for a batch through Orleans.</summary>
[Alias("bench.IEchoBatchGrain")]
public interface IEchoBatchGrain : IGrainWithIntegerKey
{
    [Alias("statuses"), ReadOnly]
    ValueTask<ListingStatus[]> GetStatuses(string[] listingIds);
}

/// <summary>One grain state write per call, to the Grid's storage: what a single write costs in this mode.</summary>
[Alias("bench.IWriteGrain")]
public interface IWriteGrain : IGrainWithIntegerKey
{
    [Alias("write")]
    Task Write(int value);
}

/// <summary>The answers the echo grains look up: one per listing id the bench asks about.</summary>
public static class EchoAnswers
{
    public static readonly Dictionary<string, ListingStatus> ById = new(StringComparer.Ordinal);

    public static void Fill(IEnumerable<string> listingIds)
    {
        foreach (var id in listingIds) ById[id] = new ListingStatus(id, false, null, null, null);
    }

    public static ListingStatus Of(string id) => ById.TryGetValue(id, out var status) ? status : new ListingStatus(id, false, null, null, null);
}

public sealed class EchoGrain : Grain, IEchoGrain
{
    public ValueTask<ListingStatus> GetStatus() => ValueTask.FromResult(EchoAnswers.Of(this.GetPrimaryKeyString()));
}

[StatelessWorker]
public sealed class EchoBatchGrain : Grain, IEchoBatchGrain
{
    public ValueTask<ListingStatus[]> GetStatuses(string[] listingIds)
    {
        var answers = new ListingStatus[listingIds.Length];
        for (var i = 0; i < answers.Length; i++) answers[i] = EchoAnswers.Of(listingIds[i]);
        return ValueTask.FromResult(answers);
    }
}

[GenerateSerializer, Alias("bench.write-state")]
public sealed class WriteState
{
    [Id(0)] public int Value { get; set; }
}

public sealed class WriteGrain([PersistentState("bench-write", GridNames.Storage)] IPersistentState<WriteState> state) : Grain, IWriteGrain
{
    public Task Write(int value)
    {
        state.State.Value = value;
        return state.WriteStateAsync();
    }
}
