using System.Text.Json.Serialization;
using Grid.Domain;
using Grid.Domain.Languages;
using Orleans.Concurrency;

namespace Grid.Contracts.Cases;

/// <summary>
/// One complaint that names many listings (key: complaint id). It files one case per listing and keeps
/// them together; it calls case grains, and nothing calls it but the API.
/// </summary>
[Alias("grid.IComplaintGrain")]
public interface IComplaintGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Files <paramref name="filing"/> against every listing of <paramref name="listingIds"/>; sent again, it
    /// files what is missing and answers the same complaint (or a conflict if the complaint differs).
    /// </summary>
    [Alias("file")]
    Task<Reply<FiledComplaint>> File(ComplaintFiling filing, IReadOnlyList<string> listingIds);

    [Alias("view"), ReadOnly]
    Task<ComplaintView?> GetView();
}

/// <summary>Where one listing of a complaint stands: its case, or why no case was opened (<see cref="Why"/>, in English in <see cref="Error"/>).</summary>
[GenerateSerializer, Immutable, Alias("grid.complaint-item")]
public sealed record ComplaintItem(
    [property: Id(0)] string ListingId,
    [property: Id(1)] Guid? CaseId,
    [property: Id(2)] CaseStatus? Status,
    [property: Id(3)] string? Error,
    [property: Id(4), JsonIgnore] Message? Why = null)
{
    public ComplaintItem In(Language language) => Why is { } why ? this with { Error = why.In(language) } : this;
}

[GenerateSerializer, Immutable, Alias("grid.complaint-view")]
public sealed record ComplaintView(
    [property: Id(0)] Guid ComplaintId,
    [property: Id(1)] string BrandId,
    [property: Id(2)] Brands.IpRight Right,
    [property: Id(3)] NoticeKind Kind,
    [property: Id(4)] DateTimeOffset FiledAt,
    [property: Id(5)] IReadOnlyList<ComplaintItem> Listings,
    [property: Id(6)] string? FiledBy = null,
    [property: Id(7)] Language? Language = null);

[GenerateSerializer, Immutable, Alias("grid.filed-complaint")]
public sealed record FiledComplaint([property: Id(0)] ComplaintView Complaint, [property: Id(1)] bool Created);

[GenerateSerializer, Alias("grid.complaint-state")]
public sealed class ComplaintState
{
    [Id(0)] public ComplaintFiling? Filing { get; set; }
    [Id(1)] public List<string> ListingIds { get; set; } = [];
    [Id(2)] public DateTimeOffset FiledAt { get; set; }

    /// <summary>Listings no case could be opened for, and why (e.g. not in the catalog), in English; <see cref="RefusedWhy"/> holds the messages.</summary>
    [Id(3)] public Dictionary<string, string> Refused { get; set; } = [];

    /// <summary>The case answering each listing: its own, or an earlier case that already held the same notice.</summary>
    [Id(4)] public Dictionary<string, Guid> Cases { get; set; } = [];

    /// <summary>Why no case was opened for a listing, as a message to write in the reader's language.</summary>
    [Id(5)] public Dictionary<string, Message> RefusedWhy { get; set; } = [];
}
