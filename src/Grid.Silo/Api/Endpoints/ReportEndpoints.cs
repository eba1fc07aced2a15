using System.Globalization;
using System.Text;
using System.Text.Json;
using Grid.Contracts;
using Grid.Contracts.Reports;
using Grid.Domain.Languages;
using Grid.Domain.Reports;
using Grid.Silo.Api.Auth;
using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Grid.Silo.Api.Endpoints;

/// <summary>Operators' reports: statements of reasons in the DSA Transparency Database layout, and the transparency report.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/v1/reports").WithTags("Reports").RequireAuthorization(GridPolicies.OperatorOnly);
        reports.MapGet("/statements", Statements).WithName("StatementsOfReasons")
            .Produces<List<DsaStatement>>().ProducesValidationProblem();
        reports.MapGet("/transparency", Transparency).WithName("TransparencyReport")
            .Produces<TransparencyReportView>().Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
    }

    // The database's attributes are snake_case; only this export speaks its dialect.
    private static JsonSerializerOptions? snakeCase;

    private static async Task<IResult> Statements(string? from, string? to, IGrainFactory grains, IOptions<JsonOptions> json)
    {
        var e = new InputErrors();
        var period = Period(from, to, e);
        if (e.Any) return e.ToProblem();
        var entries = await grains.Read(period.From, period.To);
        snakeCase ??= new JsonSerializerOptions(json.Value.SerializerOptions) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return TypedResults.Json(entries.Where(DsaStatements.Applies).Select(DsaStatements.From).ToList(), snakeCase);
    }

    private static async Task<IResult> Transparency(string? from, string? to, HttpRequest http, IGrainFactory grains)
    {
        var e = new InputErrors();
        var period = Period(from, to, e);
        if (e.Any) return e.ToProblem();
        var figures = TransparencyReport.Compute(await grains.Read(period.From, period.To), period.From, period.To);
        var view = TransparencyReportView.Of(figures);
        return http.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true)
            ? TypedResults.Text(view.ToCsv(), "text/csv", Encoding.UTF8)
            : TypedResults.Ok(view);
    }

    private static (DateTimeOffset From, DateTimeOffset To) Period(string? from, string? to, InputErrors e)
    {
        var start = Instant("from", from, e);
        var end = Instant("to", to, e);
        if (start is null || end is null) return default;
        if (end <= start) e.Add("to", Messages.PeriodBackwards());
        else if (end - start > ActivityLog.MaxSpan) e.Add("to", Messages.PeriodTooLong((int)ActivityLog.MaxSpan.TotalDays));
        return (start.Value, end.Value);
    }

    private static DateTimeOffset? Instant(string name, string? value, InputErrors e)
    {
        if (string.IsNullOrEmpty(value)) { e.Add(name, Messages.InstantRequired()); return null; }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && at.Year is >= 2000 and <= 2999) return at.ToUniversalTime();
        e.Add(name, Messages.InstantMalformed());
        return null;
    }
}

/// <summary>The transparency report as sent: figures keyed by wire names.</summary>
public sealed record TransparencyReportView(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyDictionary<string, int> NoticesBySource,
    int ActionsTaken,
    IReadOnlyDictionary<string, int> ActionsBySource,
    int AutomatedActions,
    double? MedianHoursNoticeToAction,
    double? P90HoursNoticeToAction,
    int AppealsFiled,
    int AppealsGranted,
    int AppealsDenied,
    double? AppealsGrantedShare,
    IReadOnlyDictionary<string, int> PenaltiesByRung)
{
    public static TransparencyReportView Of(TransparencyFigures f) => new(
        f.From, f.To,
        f.NoticesBySource.ToDictionary(p => WireNames.Of(p.Key), p => p.Value),
        f.Takedowns,
        f.TakedownsBySource.ToDictionary(p => WireNames.Of(p.Key), p => p.Value),
        f.AutomatedTakedowns, f.MedianHoursToAction, f.P90HoursToAction,
        f.AppealsFiled, f.AppealsGranted, f.AppealsDenied, f.AppealsGrantedShare,
        f.PenaltiesByRung.ToDictionary(p => WireNames.Of(p.Key), p => p.Value));

    /// <summary>One row per figure: section, key, value (empty when not defined, e.g. no appeals decided).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("section,key,value\n");
        void Row(string section, string key, object? value) =>
            csv.Append(section).Append(',').Append(key).Append(',').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Row("period", "from", From.ToString("O", CultureInfo.InvariantCulture));
        Row("period", "to", To.ToString("O", CultureInfo.InvariantCulture));
        foreach (var (k, v) in NoticesBySource) Row("notices-by-source", k, v);
        Row("actions", "taken", ActionsTaken);
        foreach (var (k, v) in ActionsBySource) Row("actions-by-source", k, v);
        Row("actions", "automated", AutomatedActions);
        Row("time-to-action-hours", "median", MedianHoursNoticeToAction);
        Row("time-to-action-hours", "p90", P90HoursNoticeToAction);
        Row("appeals", "filed", AppealsFiled);
        Row("appeals", "granted", AppealsGranted);
        Row("appeals", "denied", AppealsDenied);
        Row("appeals", "granted-share", AppealsGrantedShare);
        foreach (var (k, v) in PenaltiesByRung) Row("penalties-by-rung", k, v);
        return csv.ToString();
    }
}
