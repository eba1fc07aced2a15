using System.Net;
using Grid.Domain;
using Grid.Contracts.Cases;
using Grid.Contracts.Events;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Review;

/// <summary>
/// A seller's appeal waits for an operator in the same review queue as complaints: under its own 48-hour
/// deadline, with standard priority, claimable, escalated when overdue, and gone once decided or withdrawn.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class AppealQueueTests(GridClusterFixture grid)
{
    /// <summary>A good-faith takedown on a listing in a marketplace of its own, then the seller's appeal.</summary>
    private async Task<(string BrandId, HttpClient Brand, string CaseId, string Marketplace, DateTimeOffset AppealedAt)> Appealed()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var (sellerId, seller) = grid.NewSeller();
        var marketplace = ReviewQueueScenario.NewMarketplace();
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId, marketplace);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        Assert.Empty(await grid.QueuedCaseIds($"marketplace={marketplace}"));

        var appealedAt = grid.Clock.GetUtcNow();
        (await seller.Post($"/v1/cases/{caseId}/appeal", new { statement = "Bought from the brand's own outlet." })).Expect(HttpStatusCode.OK);
        return (brandId, brand, caseId, marketplace, appealedAt);
    }

    [Fact]
    public async Task AnAppeal_EntersTheQueue_DueAfter48Hours_AndLeavesItWhenDecided()
    {
        var (_, _, caseId, marketplace, appealedAt) = await Appealed();

        var item = Assert.Single((await grid.QueuePage($"marketplace={marketplace}&state=appealed")).Items());
        Assert.Equal(caseId, item.CaseId());
        Assert.Equal("appealed", (string?)item["status"]);
        Assert.Equal("standard", (string?)item["priority"]);
        Assert.Equal(appealedAt.AddHours(48), (DateTimeOffset)item["dueAt"]!);
        Assert.Equal(appealedAt.AddHours(48), (DateTimeOffset)(await grid.Case(caseId))["appeal"]!["dueAt"]!);
        Assert.Empty(await grid.QueuedCaseIds($"marketplace={marketplace}&state=under-review"));

        (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "deny" })).Expect(HttpStatusCode.OK);

        Assert.Empty(await grid.QueuedCaseIds($"marketplace={marketplace}"));
    }

    [Fact]
    public async Task AClaimedAppeal_IsDecidedOnlyByTheOperatorWhoClaimedIt()
    {
        var (_, _, caseId, marketplace, _) = await Appealed();

        (await grid.Operator.Claim(caseId)).Expect(HttpStatusCode.OK);
        (await grid.SecondOperator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "grant" })).ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal("appealed", (string?)(await grid.Case(caseId))["status"]);

        (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "grant", note = "receipt verified" })).Expect(HttpStatusCode.OK);

        Assert.Equal("overturned", (string?)(await grid.Case(caseId))["status"]);
        Assert.Empty(await grid.QueuedCaseIds($"marketplace={marketplace}"));
    }

    [Fact]
    public async Task AnOverdueAppeal_IsEscalated_InTheQueue_TheHistory_AndTheBrandsStream()
    {
        var (brandId, _, caseId, marketplace, appealedAt) = await Appealed();
        var caseGrain = grid.Client.GetGrain<ICaseGrain>(Guid.Parse(caseId));
        var row = await grid.Cluster.Row(caseGrain, "review-due");
        Assert.NotNull(row);
        Assert.Equal(appealedAt.AddHours(48).UtcDateTime, row.StartAt);

        grid.Clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));
        await grid.Client.Tick(caseGrain, "review-due");
        await grid.Client.Tick(caseGrain, "review-due"); // a repeated tick escalates nothing more

        var view = await grid.Case(caseId);
        Assert.Equal("appealed", (string?)view["status"]);
        Assert.NotNull(view["appeal"]!["escalatedAt"]);
        Assert.Single(view["history"]!.AsArray(), h => (string?)h!["actor"] == "system:review-deadline");
        var item = Assert.Single((await grid.QueuePage($"marketplace={marketplace}&overdue=true")).Items());
        Assert.NotNull(item["escalatedAt"]);
        var overdue = (await grid.Client.Page(brandId, 0).Read(0)).OfType<ReviewOverdue>().Single();
        Assert.Equal(CaseStatus.Appealed, overdue.Status);
        Assert.Equal(appealedAt.AddHours(48), overdue.DueAt);
        Assert.Null(await grid.Cluster.Row(caseGrain, "review-due"));
    }

    [Fact]
    public async Task RetractingANoticeUnderAppeal_TakesTheAppealOutOfTheQueue()
    {
        var (brandId, brand, caseId, marketplace, _) = await Appealed();

        (await brand.Post($"/v1/cases/{caseId}/retract", null)).Expect(HttpStatusCode.OK);

        Assert.Equal("retracted", (string?)(await grid.Case(caseId))["status"]);
        Assert.Empty(await grid.QueuedCaseIds($"marketplace={marketplace}"));
        Assert.Null(await grid.Cluster.Row(grid.Client.GetGrain<ICaseGrain>(Guid.Parse(caseId)), "review-due"));
    }

    [Fact]
    public async Task AnAppealedCase_CannotBeUpheldOrRejectedAsIfItWereAComplaint()
    {
        var (_, _, caseId, _, _) = await Appealed();

        (await grid.Operator.Post($"/v1/complaints/{caseId}/decision", new { decision = "reject" })).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal("appealed", (string?)(await grid.Case(caseId))["status"]);
    }
}
