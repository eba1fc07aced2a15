using Grid.Contracts.Review;
using Grid.Domain.Languages;
using Grid.Domain.Review;
using Grid.Silo.Api.Problems;
using Microsoft.Extensions.Primitives;

namespace Grid.Silo.Api.Requests;

/// <summary>GET /v1/review-queue: the query values as sent, each optional; an empty value means "not given".</summary>
public sealed record ReviewQueueRequest(
    string? Brand, string? Marketplace, string? State, string? Overdue, string? Claimed, string? Limit, string? After)
{
    public static readonly string[] Fields = ["brand", "marketplace", "state", "overdue", "claimed", "limit", "after"];

    /// <summary>The query as the queue takes it, or null with every bad value named in <paramref name="e"/>.</summary>
    public ReviewQueueQuery? Validate(IQueryCollection query, InputErrors e)
    {
        // A repeated parameter would reach us joined by commas (a valid brand id, say): refuse it instead of guessing.
        foreach (var field in Fields)
            if (query.TryGetValue(field, out StringValues values) && values.Count > 1) e.Add(field, Messages.RepeatedQuery());
        if (!string.IsNullOrEmpty(Brand)) e.Id("brand", Brand);
        if (!string.IsNullOrEmpty(Marketplace)) e.Slug("marketplace", Marketplace);
        Check(e, "state", ReviewQueries.Status(State, out var status));
        Check(e, "overdue", ReviewQueries.Flag(Overdue, out var overdue));
        Check(e, "claimed", ReviewQueries.Flag(Claimed, out var claimed));
        Check(e, "limit", ReviewQueries.Limit(Limit, out var limit));
        Check(e, "after", ReviewQueries.After(After, out _));
        if (e.Any) return null;
        return new ReviewQueueQuery(NullIfEmpty(Brand), NullIfEmpty(Marketplace), status, overdue, claimed, NullIfEmpty(After), limit);
    }

    private static void Check(InputErrors e, string field, Message? problem)
    {
        if (problem is not null) e.Add(field, problem);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
