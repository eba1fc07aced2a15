using System.Text.Json.Serialization;
using Grid.Domain;
using Grid.Domain.Reasons;
using ReasonsWriter = Grid.Domain.Reasons.StatementOfReasons;

namespace Grid.Contracts.Cases;

/// <summary>
/// The statement of reasons as stored and sent; written by Grid.Domain's StatementOfReasons. The text is stored
/// in English (the DSA export's language); <see cref="Grounds"/> lets it be written again in the reader's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("grid.statement-of-reasons")]
public sealed record StatementOfReasons(
    [property: Id(0)] string Decision,
    [property: Id(1)] string Facts,
    [property: Id(2)] string Source,
    [property: Id(3)] bool AutomatedDetection,
    [property: Id(4)] bool AutomatedDecision,
    [property: Id(5)] string Ground,
    [property: Id(6)] string Category,
    [property: Id(7)] string Redress,
    [property: Id(8), JsonIgnore] TakedownGrounds? Grounds = null)
{
    public static StatementOfReasons From(Statement s, TakedownGrounds? grounds = null) =>
        new(s.Decision, s.Facts, s.Source, s.AutomatedDetection, s.AutomatedDecision, s.Ground, s.Category, s.Redress, grounds);

    public static StatementOfReasons ForTakedown(TakedownGrounds grounds) => From(ReasonsWriter.ForTakedown(grounds), grounds);

    /// <summary>This statement in <paramref name="language"/>; one stored before its grounds were kept stays in English.</summary>
    public StatementOfReasons In(Language language) =>
        Grounds is { } grounds && language != Language.En ? From(ReasonsWriter.ForTakedown(grounds, language), grounds) : this;
}
