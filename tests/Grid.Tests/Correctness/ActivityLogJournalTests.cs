using Grid.Contracts.Reports;
using Grid.Domain;
using Grid.Tests.Infrastructure;
using Grid.Domain.Reports;
using Orleans.Core.Internal;

namespace Grid.Tests.Correctness;

/// <summary>
/// In Memory mode an hour of the enforcement log is a snapshot plus a journal, so an append writes the journal, not
/// the whole hour; what it holds reads the same after folds and after a fresh activation.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class ActivityLogJournalTests(GridClusterFixture grid)
{
    private static ActivityRecord Entry(int i) => new(
        $"test-puid-{i:00000}", ActivityKind.Takedown, DateTimeOffset.UnixEpoch.AddSeconds(i), null, null,
        Guid.NewGuid(), $"listing-{i}", "seller-1", "brand-1", null, null, null, null, null, false, false, null);

    [Fact]
    public async Task EntriesAppendedAcrossFolds_ReadBackOnceEach_InOrder_AfterReactivationToo()
    {
        var log = grid.Client.GetGrain<IActivityLogGrain>($"test-{Guid.NewGuid():N}/0");
        var entries = Enumerable.Range(0, 300).Select(Entry).ToList();

        foreach (var entry in entries) await log.Append(entry);
        foreach (var entry in entries.Take(50)) await log.Append(entry); // re-driven steps: nothing twice

        Assert.Equal(entries.Select(e => e.Puid), (await log.Read()).Select(e => e.Puid));
        await log.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(entries.Select(e => e.Puid), (await log.Read()).Select(e => e.Puid));
        await log.Append(entries[299]);
        await log.Append(Entry(300));
        Assert.Equal(301, (await log.Read()).Count);
    }
}

public sealed class JournalRuleTests
{
    [Theory]
    [InlineData(31, 100, false)]
    [InlineData(32, 100, true)]
    [InlineData(43, 1000, false)]
    [InlineData(44, 1000, true)]
    public void AJournal_IsFoldedAtAboutTheSquareRootOfTwiceItsEntries_NeverBeforeTheMinimum(int journal, int entries, bool fold)
    {
        Assert.Equal(fold, Journals.ShouldCompact(journal, entries, 32));
    }
}
