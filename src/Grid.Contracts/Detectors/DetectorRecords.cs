using Grid.Domain;

namespace Grid.Contracts.Detectors;

/// <summary>What a detector's flags have led to; verification answers measure its precision.</summary>
[GenerateSerializer, Alias("grid.detector-state")]
public sealed class DetectorState
{
    [Id(0)] public int Flags { get; set; }
    [Id(1)] public int Recorded { get; set; }
    [Id(2)] public int VerificationsRequested { get; set; }
    [Id(3)] public int TakenDown { get; set; }
    [Id(4)] public int ConfirmedCounterfeit { get; set; }
    [Id(5)] public int FoundGenuine { get; set; }
    [Id(6)] public HashSet<Guid> CountedCases { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("grid.detector-view")]
public sealed record DetectorView(
    [property: Id(0)] string Detector,
    [property: Id(1)] int Flags,
    [property: Id(2)] int Recorded,
    [property: Id(3)] int VerificationsRequested,
    [property: Id(4)] int TakenDown,
    [property: Id(5)] int ConfirmedCounterfeit,
    [property: Id(6)] int FoundGenuine,
    [property: Id(7)] double? VerifiedPrecision);

/// <summary>An automated flag as a detector raised it.</summary>
[GenerateSerializer, Immutable, Alias("grid.flag-raised")]
public sealed record FlagRaised(
    [property: Id(0)] string ListingId,
    [property: Id(1)] string Detector,
    [property: Id(2)] double Score,
    [property: Id(3)] string? BrandId);

[GenerateSerializer, Immutable, Alias("grid.flag-result")]
public sealed record FlagResult(
    [property: Id(0)] FlagOutcome Outcome,
    [property: Id(1)] Guid? CaseId);
