namespace Grid.Domain.Penalties;

/// <summary>What the ladder needs to know of a strike; the stored record implements it.</summary>
public interface IStrike
{
    DateTimeOffset At { get; }
    DateTimeOffset ExpiresAt { get; }
}

/// <summary>What the rules need to know of an imposed penalty; the stored record implements it.</summary>
public interface IPenalty
{
    PenaltyKind Kind { get; }
    DateTimeOffset ImposedAt { get; }

    /// <summary>
    /// Null for a warning (in force while its rung holds) and for a termination (permanent), unless lifted:
    /// a lifted penalty ends when it was lifted.
    /// </summary>
    DateTimeOffset? EndsAt { get; }
}
