using Grid.Domain;
using Grid.Domain.Reasons;

namespace Grid.Contracts.Cases;

/// <summary>How <see cref="TakedownGrounds"/> (a domain type, without Orleans) is stored with a statement of reasons.</summary>
[GenerateSerializer, Alias("grid.takedown-grounds")]
public struct TakedownGroundsSurrogate
{
    [Id(0)] public NoticeSource Source;
    [Id(1)] public CaseAction Action;
    [Id(2)] public ProgramTier? BrandTier;
    [Id(3)] public string? BrandId;
    [Id(4)] public RightType? Right;
    [Id(5)] public string? RegistrationNumber;
    [Id(6)] public NoticeKind? Kind;
    [Id(7)] public string? Detector;
    [Id(8)] public double? Score;
}

[RegisterConverter]
public sealed class TakedownGroundsConverter : IConverter<TakedownGrounds, TakedownGroundsSurrogate>
{
    public TakedownGrounds ConvertFromSurrogate(in TakedownGroundsSurrogate s) =>
        new(s.Source, s.Action, s.BrandTier, s.BrandId, s.Right, s.RegistrationNumber, s.Kind, s.Detector, s.Score);

    public TakedownGroundsSurrogate ConvertToSurrogate(in TakedownGrounds g) => new()
    {
        Source = g.Source, Action = g.Action, BrandTier = g.BrandTier, BrandId = g.BrandId, Right = g.Right,
        RegistrationNumber = g.RegistrationNumber, Kind = g.Kind, Detector = g.Detector, Score = g.Score,
    };
}
