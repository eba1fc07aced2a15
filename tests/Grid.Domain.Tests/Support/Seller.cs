using Grid.Domain.Penalties;

namespace Grid.Domain.Tests.Support;

/// <summary>
/// A seller's strike and penalty record, driven the way a seller grain drives the ladder:
/// add the strike, ask what fires, keep what fired.
/// </summary>
internal sealed class Seller(PenaltyLadder ladder, PenaltyRetention? retention = null)
{
    public List<TestStrike> Strikes { get; private set; } = [];
    public List<TestPenalty> Penalties { get; private set; } = [];

    /// <summary>What pruning let go of (the seller grain files it in its archive).</summary>
    public List<TestPenalty> Archived { get; } = [];
    public DateTimeOffset? PrunedThrough { get; private set; }

    /// <summary>Penalties imposed before this are settled; a reference seller that never prunes may be told to honour it too.</summary>
    public DateTimeOffset? SettledBefore { get; set; }

    public static Seller UnderDefaultPolicy() => new(new PenaltyLadder(Policies.Default()));

    /// <summary>A seller that prunes its history before every step, as the seller grain does.</summary>
    public static Seller PruningUnderDefaultPolicy() =>
        new(new PenaltyLadder(Policies.Default()), new PenaltyRetention(Policies.Default()));

    public void Prune(DateTimeOffset now)
    {
        if (retention is null) return;
        var kept = retention.Prune(Strikes, Penalties, PrunedThrough, now, now);
        Strikes = [.. kept.Strikes];
        Penalties = [.. kept.Penalties];
        Archived.AddRange(kept.DroppedPenalties);
        PrunedThrough = kept.PrunedThrough;
        SettledBefore = retention.SettledBefore(PrunedThrough);
    }

    public PenaltyToImpose? StrikeOn(DateTimeOffset at)
    {
        Prune(at);
        var before = Strikes.ToList();
        Strikes.Add(TestStrike.On(at));
        var fired = ladder.OnStrike(before, Strikes, at);
        if (fired is not null) Penalties.Add(new TestPenalty(fired.Kind, fired.ImposedAt, fired.EndsAt));
        return fired;
    }

    /// <summary>Strikes on each of the given days after <see cref="Clock.T0"/>; returns what each one fired.</summary>
    public List<PenaltyKind?> StrikeOnDays(params double[] days) =>
        days.Select(d => StrikeOn(Clock.Day(d))?.Kind).ToList();

    /// <summary>Withdraws the strike taken at <paramref name="strikeAt"/> and lifts what no longer stands, as the seller grain does.</summary>
    public List<PenaltyKind> WithdrawStrikeOf(DateTimeOffset strikeAt, DateTimeOffset now)
    {
        Prune(now);
        Strikes.RemoveAll(s => s.At == strikeAt);
        var change = ladder.Reconcile(Strikes, Penalties, now, SettledBefore);
        foreach (var p in change.Lift) Penalties[Penalties.IndexOf(p)] = p with { EndsAt = now };
        Penalties.AddRange(change.Impose.Select(i => new TestPenalty(i.Penalty.Kind, i.Penalty.ImposedAt, i.Penalty.EndsAt)));
        return [.. change.Lift.Select(p => p.Kind)];
    }

    public CurrentPenalty CurrentAt(DateTimeOffset now) => ladder.Current(Strikes, Penalties, now);

    public PenaltyKind? RungAt(DateTimeOffset now) => ladder.Rung(Strikes, now)?.Penalty;
}
