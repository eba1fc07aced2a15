using Grid.Domain;

namespace Grid.Contracts.Brands;

/// <summary>A registered IP right: its type and registration number.</summary>
[GenerateSerializer, Immutable, Alias("grid.ip-right")]
public sealed record IpRight(
    [property: Id(0)] RightType Type,
    [property: Id(1)] string RegistrationNumber);

/// <summary>What an operator registers about a brand. <see cref="Tier"/> is the brand's tier now, set by an operator or by its record.</summary>
[GenerateSerializer, Immutable, Alias("grid.brand-profile")]
public sealed record BrandProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<IpRight> Rights,
    [property: Id(2)] ProgramTier Tier);

/// <summary>How a brand's notices and verification answers have turned out.</summary>
[GenerateSerializer, Immutable, Alias("grid.brand-accuracy")]
public sealed record AccuracyView(
    [property: Id(0)] int Upheld,
    [property: Id(1)] int Rejected,
    [property: Id(2)] double? Ratio,
    [property: Id(3)] int TakenDownAtOnce,
    [property: Id(4)] int VerifiedCounterfeit,
    [property: Id(5)] int VerifiedGenuine,
    [property: Id(6)] int Retracted,
    [property: Id(7)] int Overturned);

[GenerateSerializer, Immutable, Alias("grid.brand-view")]
public sealed record BrandView(
    [property: Id(0)] string BrandId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<IpRight> Rights,
    [property: Id(3)] ProgramTier Tier,
    [property: Id(4)] AccuracyView Accuracy,
    [property: Id(5)] DateTimeOffset RegisteredAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] bool TierPinned,
    [property: Id(8)] MisuseView Misuse,
    [property: Id(9)] string? AccountManager);

/// <summary>The brand's misuse level (DSA art. 23), since when, and until when a suspension bars filing.</summary>
[GenerateSerializer, Immutable, Alias("grid.misuse-view")]
public sealed record MisuseView(
    [property: Id(0)] MisuseLevel Level,
    [property: Id(1)] DateTimeOffset? Since,
    [property: Id(2)] DateTimeOffset? Until)
{
    public static MisuseView From(Grid.Domain.Misuse.MisuseStanding standing, MisusePolicy policy) =>
        new(standing.Level, standing.Since, standing.Until(policy));
}

/// <summary>The misuse figures over the window: decided notices, how many were rejected, and the share.</summary>
[GenerateSerializer, Immutable, Alias("grid.misuse-figures")]
public sealed record MisuseFiguresView(
    [property: Id(0)] int Decided,
    [property: Id(1)] int Rejected,
    [property: Id(2)] double? RejectedRate,
    [property: Id(3)] int WindowDays)
{
    public static MisuseFiguresView From(Grid.Domain.Brands.NoticeFigures figures, int windowDays) =>
        new(figures.Decided, figures.Rejected, figures.RejectedRate, windowDays);
}

/// <summary>An agent's authorisation to file notices for a brand.</summary>
[GenerateSerializer, Immutable, Alias("grid.agent-authorisation")]
public sealed record AgentAuthorisation([property: Id(0)] string BrandId, [property: Id(1)] string AgentId, [property: Id(2)] DateTimeOffset GrantedAt);
