using System.Net;
using System.Text.Json.Nodes;
using Grid.Contracts.Events;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// Joint-Force: a brand's account manager (an operator) sees the verification requests the platform sent the
/// brand, across all the brands it manages, soonest due first; answered or expired requests leave the view.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class JointForceTests(GridClusterFixture grid)
{
    private async Task<(string BrandId, HttpClient Http)> Brand()
    {
        var (brandId, http) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        return (brandId, http);
    }

    /// <summary>A mid-score flag on a fresh listing of the brand: a verification request; returns its case id.</summary>
    private async Task<string> Flagged(string brandId)
    {
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var flagged = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.85)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)flagged["outcome"]);
        return (string)flagged["caseId"]!;
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> Assign(string brandId, string? operatorId) =>
        grid.Operator.Send(HttpMethod.Put, $"/v1/brands/{brandId}/account-manager", new { operatorId });

    private static async Task<string[]> ManagedCaseIds(HttpClient caller, string operatorId) =>
        [.. (await caller.Get($"/v1/account-managers/{operatorId}/verification-requests")).Expect(HttpStatusCode.OK).AsArray().Select(r => (string)r!["caseId"]!)];

    [Fact]
    public async Task AnAccountManager_SeesTheOpenRequestsOfAllItsBrands_SoonestDueFirst()
    {
        var (managerId, manager) = grid.NewAccountManager();
        var (first, _) = await Brand();
        var (second, _) = await Brand();
        (await Assign(first, managerId)).Expect(HttpStatusCode.OK);
        (await Assign(second, managerId)).Expect(HttpStatusCode.OK);

        var earlier = await Flagged(first);
        grid.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await Flagged(second);

        Assert.Equal([earlier, later], await ManagedCaseIds(manager, "me"));
        Assert.Equal([earlier, later], await ManagedCaseIds(grid.Operator, managerId));
        var item = (await manager.Get("/v1/account-managers/me/verification-requests")).Expect(HttpStatusCode.OK).AsArray()[0]!;
        Assert.Equal(first, (string?)item["brandId"]);
        Assert.Equal(0.85, (double)item["score"]!);
        Assert.Equal(((DateTimeOffset)item["requestedAt"]!).AddHours(72), (DateTimeOffset)item["dueAt"]!);
        var brands = (await manager.Get("/v1/account-managers/me/brands")).Expect(HttpStatusCode.OK).AsArray().Select(b => (string)b!).Order();
        Assert.Equal(new[] { first, second }.Order(), brands);
        Assert.Equal(managerId, (string?)(await grid.Brand(first))["accountManager"]);
    }

    [Fact]
    public async Task TheBrand_SeesItsOwnOpenRequests_AndTheRequestEventCarriesItsDueTime()
    {
        var (brandId, brand) = await Brand();
        var caseId = await Flagged(brandId);

        var open = (await brand.Get($"/v1/brands/{brandId}/verification-requests")).Expect(HttpStatusCode.OK);

        var request = Assert.Single(open["requests"]!.AsArray())!;
        Assert.Equal(caseId, (string?)request["caseId"]);
        Assert.Null(open["accountManager"]);
        var told = (await grid.Client.Page(brandId, 0).Read(0)).OfType<VerificationRequested>().Single();
        Assert.Equal((DateTimeOffset)request["dueAt"]!, told.DueAt);
        var (otherId, other) = await Brand();
        (await other.Get($"/v1/brands/{brandId}/verification-requests")).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Empty((await other.Get($"/v1/brands/{otherId}/verification-requests")).Expect(HttpStatusCode.OK)["requests"]!.AsArray());
    }

    [Fact]
    public async Task AnsweredAndExpiredRequests_LeaveTheView()
    {
        var (managerId, manager) = grid.NewAccountManager();
        var (brandId, brand) = await Brand();
        (await Assign(brandId, managerId)).Expect(HttpStatusCode.OK);
        var answered = await Flagged(brandId);
        var expiring = await Flagged(brandId);
        var waiting = await Flagged(brandId);
        Assert.Equal(3, (await ManagedCaseIds(manager, "me")).Length);

        (await brand.Verify(answered, "counterfeit")).Expect(HttpStatusCode.OK);
        // Past the 72 hours for the second only: the third was re-filed a moment later and is answered in time below.
        grid.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        await grid.Client.Tick(grid.Client.GetGrain<Grid.Contracts.Cases.ICaseGrain>(Guid.Parse(expiring)), "review-due");

        Assert.Equal([waiting], await ManagedCaseIds(manager, "me"));
        Assert.Equal([waiting], (await brand.Get($"/v1/brands/{brandId}/verification-requests")).Expect(HttpStatusCode.OK)["requests"]!
            .AsArray().Select(r => (string)r!["caseId"]!));
    }

    [Fact]
    public async Task ReassigningTheBrand_MovesItsRequestsToTheNewManager_AndRemovingLeavesThemWithNoOne()
    {
        var (firstId, first) = grid.NewAccountManager();
        var (secondId, second) = grid.NewAccountManager();
        var (brandId, _) = await Brand();
        (await Assign(brandId, firstId)).Expect(HttpStatusCode.OK);
        var caseId = await Flagged(brandId);

        var moved = (await Assign(brandId, secondId)).Expect(HttpStatusCode.OK);

        Assert.Equal(secondId, (string?)moved["accountManager"]);
        Assert.Empty(await ManagedCaseIds(first, "me"));
        Assert.Equal([caseId], await ManagedCaseIds(second, "me"));
        (await Assign(brandId, secondId)).Expect(HttpStatusCode.OK); // again: no change

        (await grid.Operator.Send(HttpMethod.Delete, $"/v1/brands/{brandId}/account-manager")).Expect(HttpStatusCode.NoContent);

        Assert.Empty(await ManagedCaseIds(second, "me"));
        Assert.Empty((await second.Get("/v1/account-managers/me/brands")).Expect(HttpStatusCode.OK).AsArray());
        Assert.Null((await grid.Brand(brandId))["accountManager"]);
    }

    [Fact]
    public async Task OnlyOperatorsAssign_AndOnlyToAnOperatorTheGridKnows()
    {
        var (brandId, brand) = await Brand();

        var (status, _) = await brand.Send(HttpMethod.Put, $"/v1/brands/{brandId}/account-manager", new { operatorId = "someone" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var unknown = (await Assign(brandId, "nobody-at-all")).ExpectProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("nobody-at-all", (string?)unknown["detail"]);
        (await Assign(grid.NewId("brand"), grid.NewAccountManager().OperatorId)).ExpectProblem(HttpStatusCode.NotFound);
        Assert.Null((await grid.Brand(brandId))["accountManager"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"operatorId\":\"\"}")]
    [InlineData("{\"operatorId\":\" padded \"}")]
    [InlineData("{\"operatorId\":\"a\\u0000b\"}")]
    [InlineData("{\"operatorId\":42}")]
    [InlineData("{\"operatorId\":[\"x\"]}")]
    [InlineData("[]")]
    public async Task AHostileAssignment_Is400_AndChangesNothing(string body)
    {
        var (brandId, _) = await Brand();

        (await grid.Operator.SendRaw(HttpMethod.Put, $"/v1/brands/{brandId}/account-manager", body)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Null((await grid.Brand(brandId))["accountManager"]);
    }

    [Fact]
    public async Task TheManagersViews_AreForOperators_AndMeNeedsAKeyThatNamesItsOperator()
    {
        var (_, brand) = await Brand();

        var (status, _) = await brand.Get("/v1/account-managers/me/verification-requests");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (await grid.Operator.Get("/v1/account-managers/me/verification-requests")).ExpectProblem(HttpStatusCode.Forbidden);
        (await grid.Operator.Get("/v1/account-managers/%20padded/brands")).ExpectProblem(HttpStatusCode.BadRequest);
        (await grid.Operator.Get($"/v1/account-managers/{new string('x', 129)}/verification-requests")).ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Empty((await grid.Operator.Get($"/v1/account-managers/{grid.NewId("op")}/verification-requests")).Expect(HttpStatusCode.OK).AsArray());
    }
}
