using Grid.Domain.Reasons;

namespace Grid.Contracts.Cases;

/// <summary>The statement of reasons as stored and sent; written by Grid.Domain's StatementOfReasons.</summary>
[GenerateSerializer, Immutable, Alias("grid.statement-of-reasons")]
public sealed record StatementOfReasons(
    [property: Id(0)] string Decision,
    [property: Id(1)] string Facts,
    [property: Id(2)] string Source,
    [property: Id(3)] bool AutomatedDetection,
    [property: Id(4)] bool AutomatedDecision,
    [property: Id(5)] string Ground,
    [property: Id(6)] string Category,
    [property: Id(7)] string Redress)
{
    public static StatementOfReasons From(Statement s) =>
        new(s.Decision, s.Facts, s.Source, s.AutomatedDetection, s.AutomatedDecision, s.Ground, s.Category, s.Redress);
}
