using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Statements of reasons exported in the DSA Transparency Database layout, and the transparency report.</summary>
[Collection(GridCollection.Name)]
public sealed class ReportTests(GridClusterFixture grid)
{
    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    /// <summary>A period of the test clock that holds only what the test does in it.</summary>
    private async Task<(DateTimeOffset From, DateTimeOffset To)> Period(Func<Task> work)
    {
        grid.Clock.Advance(TimeSpan.FromMinutes(1));
        var from = grid.Clock.GetUtcNow();
        await work();
        grid.Clock.Advance(TimeSpan.FromMinutes(1));
        return (from, grid.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Statements_OnePerDecision_InTheDatabaseLayout_WithPuidsNeverReused()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 3, brandId);
        var (from, to) = await Period(async () =>
        {
            foreach (var l in listings)
            {
                (await brand.FileComplaint(brandId, l)).Expect(HttpStatusCode.Created);
                grid.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        });

        var statements = (await grid.Operator.Get($"/v1/reports/statements?from={Iso(from)}&to={Iso(to)}")).Expect(HttpStatusCode.OK).AsArray();

        // Three takedowns, and the third strike's suspension (the warning and the restriction of new listings:
        // a warning gets no statement, the restriction does).
        var takedowns = statements.Where(s => s!["decision_visibility"]!.AsArray().Count > 0).ToList();
        Assert.Equal(3, takedowns.Count);
        Assert.All(takedowns, s =>
        {
            Assert.Equal("SOURCE_TRUSTED_FLAGGER", (string?)s!["source_type"]);
            Assert.Equal("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", (string?)s["category"]);
            Assert.Equal("CONTENT_TYPE_PRODUCT", (string?)s["content_type"]![0]);
            Assert.Equal(brandId, (string?)s["source_identity"]);
            Assert.Matches("^[A-Za-z0-9_-]+$", (string)s["puid"]!);
        });
        var accounts = statements.Where(s => s!["decision_account"] is not null || s!["decision_provision"] is not null).ToList();
        Assert.Contains(accounts, s => (string?)s!["decision_account"] == "DECISION_ACCOUNT_SUSPENDED");
        Assert.Contains(accounts, s => (string?)s!["decision_provision"] == "DECISION_PROVISION_PARTIAL_SUSPENSION");
        Assert.Equal(statements.Count, statements.Select(s => (string)s!["puid"]!).Distinct().Count());
    }

    [Fact]
    public async Task Transparency_CountsNoticesActionsAppealsAndPenalties_AsJsonAndCsv()
    {
        var (goodFaith, gfClient) = grid.NewBrand();
        await grid.RegisterBrand(goodFaith, "good-faith");
        var (standard, stClient) = grid.NewBrand();
        await grid.RegisterBrand(standard);
        var (sellerId, seller) = grid.NewSeller();
        var listings = await grid.SellerWithListings(sellerId, 3, goodFaith);
        var (from, to) = await Period(async () =>
        {
            var taken = (string)(await gfClient.FileComplaint(goodFaith, listings[0])).Expect(HttpStatusCode.Created)["caseId"]!;
            var reviewed = (string)(await stClient.FileComplaint(standard, listings[1])).Expect(HttpStatusCode.Created)["caseId"]!;
            grid.Clock.Advance(TimeSpan.FromHours(10));
            (await grid.Operator.Decide(reviewed, "uphold")).Expect(HttpStatusCode.OK);
            (await seller.Post($"/v1/cases/{taken}/appeal", new { statement = "genuine stock" })).Expect(HttpStatusCode.OK);
            (await grid.Operator.Post($"/v1/cases/{taken}/appeal/decision", new { decision = "grant" })).Expect(HttpStatusCode.OK);
            (await grid.RaiseFlag(listings[2], grid.NewId("detector"), 0.5)).Expect(HttpStatusCode.OK); // recorded only: no case, no notice
        });

        var report = (await grid.Operator.Get($"/v1/reports/transparency?from={Iso(from)}&to={Iso(to)}")).Expect(HttpStatusCode.OK);

        Assert.Equal(1, (int)report["noticesBySource"]!["complaint"]!);
        Assert.Equal(1, (int)report["noticesBySource"]!["good-faith"]!);
        Assert.Equal(2, (int)report["actionsTaken"]!);
        Assert.Equal(0, (double)report["medianHoursNoticeToAction"]!);
        Assert.Equal(10, (double)report["p90HoursNoticeToAction"]!);
        Assert.Equal(1, (int)report["appealsFiled"]!);
        Assert.Equal(1, (int)report["appealsGranted"]!);
        Assert.Equal(1.0, (double)report["appealsGrantedShare"]!);
        Assert.Equal(1, (int)report["penaltiesByRung"]!["warning"]!);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/reports/transparency?from={Iso(from)}&to={Iso(to)}");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await grid.Operator.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,key,value", lines[0]);
        Assert.Contains("actions,taken,2", lines);
        Assert.Contains("appeals,granted-share,1", lines);
        Assert.Contains("time-to-action-hours,p90,10", lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2026-01-01T00:00:00Z")]
    [InlineData("?from=yesterday&to=2026-01-02T00:00:00Z")]
    [InlineData("?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")]
    [InlineData("?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    [InlineData("?from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z")]
    public async Task BadPeriod_Is400(string query)
    {
        (await grid.Operator.Get($"/v1/reports/transparency{query}")).ExpectProblem(HttpStatusCode.BadRequest);
        (await grid.Operator.Get($"/v1/reports/statements{query}")).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reports_AreForOperatorsOnly()
    {
        var (_, brand) = grid.NewBrand();

        (await brand.Get("/v1/reports/transparency?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")).ExpectProblem(HttpStatusCode.Forbidden);
        (await grid.Frontend.Get("/v1/reports/statements?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")).ExpectProblem(HttpStatusCode.Forbidden);
    }
}
