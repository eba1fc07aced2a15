using Grid.Domain.Penalties;

namespace Grid.Domain.Tests.Support;

internal sealed record TestStrike(DateTimeOffset At, DateTimeOffset ExpiresAt) : IStrike
{
    /// <summary>A strike taken at <paramref name="at"/> under the default 90-day expiry.</summary>
    public static TestStrike On(DateTimeOffset at) => new(at, at.AddDays(Policies.StrikeExpiryDays));
}

internal sealed record TestPenalty(PenaltyKind Kind, DateTimeOffset ImposedAt, DateTimeOffset? EndsAt) : IPenalty;
