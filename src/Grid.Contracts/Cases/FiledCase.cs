namespace Grid.Contracts.Cases;

/// <summary>The case a notice landed on, and whether this call opened it or found it already there.</summary>
[GenerateSerializer, Immutable, Alias("grid.filed-case")]
public sealed record FiledCase(
    [property: Id(0)] CaseView Case,
    [property: Id(1)] bool Created);
