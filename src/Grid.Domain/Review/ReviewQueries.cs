using System.Globalization;
using System.Text.Json;
using Grid.Domain.Cases;
using Grid.Domain.Languages;

namespace Grid.Domain.Review;

/// <summary>
/// Reading the queue's query values as callers type them. Each parser answers null when the value is
/// acceptable, or why it is not, about a field named later (as <see cref="Input.Identifier"/> does); an
/// absent or empty value means "not given".
/// </summary>
public static class ReviewQueries
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Statuses in which a case waits in the queue, by their wire names.</summary>
    public static readonly IReadOnlyDictionary<string, CaseStatus> QueueStatuses = Enum.GetValues<CaseStatus>()
        .Where(CaseMachine.AwaitsOperatorReview)
        .ToDictionary(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()), StringComparer.Ordinal);

    public static Message? Limit(string? text, out int limit)
    {
        limit = DefaultLimit;
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxLimit)
        {
            limit = n;
            return null;
        }
        return Messages.LimitOutOfRange(MaxLimit);
    }

    public static Message? Flag(string? text, out bool? flag)
    {
        flag = text switch
        {
            null or "" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        return flag is null && !string.IsNullOrEmpty(text) ? Messages.TrueOrFalse() : null;
    }

    public static Message? Status(string? text, out CaseStatus? status)
    {
        status = null;
        if (string.IsNullOrEmpty(text)) return null;
        if (QueueStatuses.TryGetValue(text, out var s))
        {
            status = s;
            return null;
        }
        return Messages.NotAQueueStatus(QueueStatuses.Keys);
    }

    public static Message? After(string? text, out ReviewKey? after)
    {
        after = null;
        if (string.IsNullOrEmpty(text)) return null;
        if (ReviewCursor.TryDecode(text, out var key))
        {
            after = key;
            return null;
        }
        return Messages.NotACursor();
    }
}
