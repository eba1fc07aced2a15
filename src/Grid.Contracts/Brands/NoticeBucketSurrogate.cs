using Grid.Domain;
using Grid.Domain.Brands;

namespace Grid.Contracts.Brands;

/// <summary>How a <see cref="NoticeBucket"/> (a domain type, without Orleans) is stored in the brand's state.</summary>
[GenerateSerializer, Alias("grid.notice-bucket")]
public struct NoticeBucketSurrogate
{
    [Id(0)] public int DayNumber;
    [Id(1)] public NoticeKind Kind;
    [Id(2)] public int Takedowns;
    [Id(3)] public int Rejected;
    [Id(4)] public int Overturned;
}

[RegisterConverter]
public sealed class NoticeBucketConverter : IConverter<NoticeBucket, NoticeBucketSurrogate>
{
    public NoticeBucket ConvertFromSurrogate(in NoticeBucketSurrogate s) =>
        new(DateOnly.FromDayNumber(s.DayNumber), s.Kind, s.Takedowns, s.Rejected, s.Overturned);

    public NoticeBucketSurrogate ConvertToSurrogate(in NoticeBucket b) => new()
    {
        DayNumber = b.Day.DayNumber, Kind = b.Kind, Takedowns = b.Takedowns, Rejected = b.Rejected, Overturned = b.Overturned,
    };
}
