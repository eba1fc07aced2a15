using Grid.Domain.Languages;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Endpoints;

/// <summary>Reads a case id from the route; anything but a UUID is the caller's mistake, not an unknown case.</summary>
public static class CaseIds
{
    public static Guid? Parse(string caseId, InputErrors e)
    {
        if (Guid.TryParse(caseId, out var id)) return id;
        e.Add("caseId", Messages.NotAUuid());
        return null;
    }

    /// <summary>The Idempotency-Key header, if any, checked like any id.</summary>
    public static string? IdempotencyKey(HttpRequest request, InputErrors e)
    {
        if (!request.Headers.TryGetValue("Idempotency-Key", out var values)) return null;
        if (values.Count != 1) { e.Add("Idempotency-Key", Messages.RepeatedHeader()); return null; }
        e.Id("Idempotency-Key", values[0]);
        return values[0];
    }
}
