using System.Net;
using Grid.Contracts.Events;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>The seller's side: answering a pending complaint, appealing a takedown, and the operator's decision.</summary>
[Collection(GridCollection.Name)]
public sealed class AppealFlowTests(GridClusterFixture grid)
{
    private async Task<(string BrandId, HttpClient Brand, string SellerId, HttpClient Seller, string ListingId)> Parties(string tier)
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, tier);
        var (sellerId, seller) = grid.NewSeller();
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        return (brandId, brand, sellerId, seller, listingId);
    }

    private static object Statement(string text) => new { statement = text };

    [Fact]
    public async Task GrantedAppeal_ReinstatesTheListing_WithdrawsTheStrike_AndTellsTheBrand()
    {
        var (brandId, brand, sellerId, seller, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        Assert.True((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(1, (int)(await grid.Seller(sellerId))["activeStrikes"]!);

        var appealed = (await seller.Post($"/v1/cases/{caseId}/appeal", Statement("Bought from the brand's distributor; invoice attached."))).Expect(HttpStatusCode.OK);
        Assert.Equal("appealed", (string?)appealed["status"]);
        Assert.Equal("Bought from the brand's distributor; invoice attached.", (string?)appealed["appeal"]!["ground"]!["statement"]);
        Assert.True((bool)(await grid.Status(listingId))["blocked"]!, "the listing stays blocked while the appeal is pending");

        var granted = (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "grant", note = "invoice checks out" })).Expect(HttpStatusCode.OK);

        Assert.Equal("overturned", (string?)granted["status"]);
        Assert.Equal("grant", (string?)granted["appeal"]!["decision"]);
        Assert.Equal("invoice checks out", (string?)granted["appeal"]!["note"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        var standing = await grid.Seller(sellerId);
        Assert.Equal(0, (int)standing["activeStrikes"]!);
        Assert.Equal("none", (string?)standing["penalty"]!["kind"]);
        var told = (await grid.Client.Page(brandId, 0).Read(0)).Select(e => e.EventType).ToList();
        Assert.Equal(["complaint-filed", "listing-taken-down", "seller-penalised", "appeal-filed", "appeal-decided", "listing-reinstated"], told);
    }

    [Fact]
    public async Task DeniedAppeal_KeepsTheTakedown_AndCannotBeAppealedAgain()
    {
        var (brandId, brand, _, seller, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        (await seller.Post($"/v1/cases/{caseId}/appeal", Statement("It is genuine."))).Expect(HttpStatusCode.OK);

        var denied = (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "deny" })).Expect(HttpStatusCode.OK);

        Assert.Equal("appeal-denied", (string?)denied["status"]);
        Assert.True((bool)(await grid.Status(listingId))["blocked"]!);
        (await seller.Post($"/v1/cases/{caseId}/appeal", Statement("Again."))).ExpectProblem(HttpStatusCode.Conflict);
        (await grid.Operator.Post($"/v1/cases/{caseId}/appeal/decision", new { decision = "grant" })).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Appeal_AfterSixMonths_Is409()
    {
        var (brandId, brand, _, seller, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        grid.Clock.Advance(TimeSpan.FromDays(185));

        var problem = (await seller.Post($"/v1/cases/{caseId}/appeal", Statement("Late."))).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Contains("6 months", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Appeal_ByAnotherSeller_Is403_AndByTheBrand_Is403()
    {
        var (brandId, brand, _, _, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        var (_, otherSeller) = grid.NewSeller();

        (await otherSeller.Post($"/v1/cases/{caseId}/appeal", Statement("Not mine."))).ExpectProblem(HttpStatusCode.Forbidden);
        var (status, _) = await brand.Post($"/v1/cases/{caseId}/appeal", Statement("Brands do not appeal."));
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task PendingComplaint_IsNotAppealable_ButAnswerable_OnceAndOnTime()
    {
        var (brandId, brand, _, seller, listingId) = await Parties("standard");
        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        var caseId = (string)filed["caseId"]!;
        Assert.NotNull(filed["answerDueAt"]);

        (await seller.Post($"/v1/cases/{caseId}/appeal", Statement("Nothing to appeal yet."))).ExpectProblem(HttpStatusCode.Conflict);
        var answered = (await seller.Post($"/v1/cases/{caseId}/answer", Statement("Authorised reseller, contract no. 77."))).Expect(HttpStatusCode.OK);
        Assert.Equal("Authorised reseller, contract no. 77.", (string?)answered["sellerAnswer"]!["statement"]);
        (await seller.Post($"/v1/cases/{caseId}/answer", Statement("Twice."))).ExpectProblem(HttpStatusCode.Conflict);

        // The operator sees the answer on the case it decides.
        var view = await grid.Case(caseId);
        Assert.Equal("Authorised reseller, contract no. 77.", (string?)view["sellerAnswer"]!["statement"]);
    }

    [Fact]
    public async Task Answer_AfterThreeWorkingDays_Is409()
    {
        var (brandId, brand, _, seller, listingId) = await Parties("standard");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        grid.Clock.Advance(TimeSpan.FromDays(6));

        (await seller.Post($"/v1/cases/{caseId}/answer", Statement("Too late."))).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnAppeal_MayRunOverSeveralLines_InChinese()
    {
        var (brandId, brand, _, seller, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        const string statement = "本商品为正品，购自品牌授权经销商。\n发票编号：2291。\n请复核。";

        var appealed = (await seller.Post($"/v1/cases/{caseId}/appeal", Statement(statement))).Expect(HttpStatusCode.OK);

        Assert.Equal(statement, (string?)appealed["appeal"]!["ground"]!["statement"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"statement\":\"\"}")]
    [InlineData("{\"statement\":\"a\\u0000b\"}")]
    [InlineData("{\"statement\":42}")]
    public async Task HostileStatement_Is400(string body)
    {
        var (brandId, brand, _, seller, listingId) = await Parties("good-faith");
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        (await seller.SendRaw(HttpMethod.Post, $"/v1/cases/{caseId}/appeal", body)).ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal("taken-down", (string?)(await grid.Case(caseId))["status"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"decision\":\"maybe\"}")]
    [InlineData("{\"decision\":\"grant, deny\"}")]
    public async Task HostileAppealDecision_Is400(string body)
    {
        (await grid.Operator.SendRaw(HttpMethod.Post, $"/v1/cases/{Guid.NewGuid()}/appeal/decision", body)).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AppealOnAnUnknownCase_Is404()
    {
        var (_, seller) = grid.NewSeller();

        (await seller.Post($"/v1/cases/{Guid.NewGuid()}/appeal", Statement("?"))).ExpectProblem(HttpStatusCode.NotFound);
    }
}
