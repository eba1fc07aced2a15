using Grid.Domain.Review;
using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class ReviewIndexTests
{
    private static List<TestEntry> Shuffled(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count)
            .Select(i => TestEntry.Filed(random.Next(0, 20) / 4.0, i % 5 == 0 ? ReviewPriority.Trusted : ReviewPriority.Standard))
            .OrderBy(_ => random.Next())];
    }

    [Fact]
    public void Entries_StayInQueueOrder_WhateverOrderTheyCameIn()
    {
        var index = new ReviewIndex<TestEntry>();
        var entries = Shuffled(500, seed: 7);

        foreach (var e in entries) Assert.True(index.Put(e));

        Assert.Equal(entries.OrderBy(e => e.Key).Select(e => e.CaseId), index.Entries.Select(e => e.CaseId));
        Assert.Equal(500, index.Count);
    }

    [Fact]
    public void NewerRevision_ReplacesTheEntry_AndMovesIt()
    {
        var index = new ReviewIndex<TestEntry>();
        var first = TestEntry.Filed(0);
        var second = TestEntry.Filed(1);
        index.Put(first);
        index.Put(second);

        Assert.True(index.Put(first with { Priority = ReviewPriority.Standard, DueAt = Clock.Day(9), Revision = 2 }));

        Assert.Equal([second.CaseId, first.CaseId], index.Entries.Select(e => e.CaseId));
        Assert.Equal(2, index.Find(first.CaseId)!.Revision);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void SameOrOlderRevision_ChangesNothing()
    {
        var index = new ReviewIndex<TestEntry>();
        var entry = TestEntry.Filed(0) with { Revision = 3 };
        index.Put(entry);

        Assert.False(index.Put(entry));
        Assert.False(index.Put(entry with { ClaimedBy = "operator:late", Revision = 2 }));
        Assert.Null(index.Find(entry.CaseId)!.ClaimedBy);
    }

    [Fact]
    public void Remove_TakesTheEntryOut_Once()
    {
        var index = new ReviewIndex<TestEntry>();
        var entry = TestEntry.Filed(0);
        index.Put(entry);

        Assert.True(index.Remove(entry.CaseId, 2));
        Assert.False(index.Remove(entry.CaseId, 2));
        Assert.Null(index.Find(entry.CaseId));
        Assert.Empty(index.Entries);
    }

    [Fact]
    public void RemovalOlderThanTheEntry_LeavesIt()
    {
        var index = new ReviewIndex<TestEntry>();
        var entry = TestEntry.Filed(0) with { Revision = 5 };
        index.Put(entry);

        Assert.False(index.Remove(entry.CaseId, 4));
        Assert.NotNull(index.Find(entry.CaseId));
    }

    [Fact]
    public void After_StartsStrictlyBehindTheCursor_EvenWhenItsCaseIsGone()
    {
        var index = new ReviewIndex<TestEntry>();
        var entries = Shuffled(50, seed: 11);
        foreach (var e in entries) index.Put(e);
        var ordered = entries.OrderBy(e => e.Key).ToList();
        var cursor = ordered[19];

        Assert.Equal(ordered.Skip(20).Select(e => e.CaseId), index.After(cursor.Key).Select(e => e.CaseId));

        index.Remove(cursor.CaseId, cursor.Revision);
        Assert.Equal(ordered.Skip(20).Select(e => e.CaseId), index.After(cursor.Key).Select(e => e.CaseId));
        Assert.Equal(49, index.After(null).Count());
    }

    [Fact]
    public void After_TheLastEntry_IsEmpty()
    {
        var index = new ReviewIndex<TestEntry>();
        var entry = TestEntry.Filed(0);
        index.Put(entry);

        Assert.Empty(index.After(entry.Key));
    }
}
