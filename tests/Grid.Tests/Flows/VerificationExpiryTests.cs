using System.Net;
using Grid.Contracts.Cases;
using Grid.Contracts.Events;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Joint-Force: a verification request the brand leaves unanswered expires on a persistent reminder.</summary>
[Collection(GridCollection.Name)]
public sealed class VerificationExpiryTests(GridClusterFixture grid)
{
    private async Task<(string BrandId, HttpClient Brand, string ListingId, string CaseId)> Requested()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var flagged = (await grid.RaiseFlag(listingId, grid.NewId("detector"), 0.85)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)flagged["outcome"]);
        return (brandId, brand, listingId, (string)flagged["caseId"]!);
    }

    [Fact]
    public async Task UnansweredRequest_ExpiresAfter72Hours_TheListingStaysUp_AndTheBrandIsTold()
    {
        var (brandId, brand, listingId, caseId) = await Requested();
        var view = await grid.Case(caseId);
        Assert.Equal(DateTimeOffset.Parse((string)view["filedAt"]!).AddHours(72), DateTimeOffset.Parse((string)view["verificationDueAt"]!));
        var caseGrain = grid.Client.GetGrain<ICaseGrain>(Guid.Parse(caseId));
        Assert.NotNull(await grid.Cluster.Row(caseGrain, "review-due"));

        grid.Clock.Advance(TimeSpan.FromHours(72));
        await grid.Client.Tick(caseGrain, "review-due");

        var expired = await grid.Case(caseId);
        Assert.Equal("verification-expired", (string?)expired["status"]);
        Assert.Equal("system:verification-deadline", (string?)expired["history"]!.AsArray()[^1]!["actor"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Null(await grid.Cluster.Row(caseGrain, "review-due"));
        Assert.Contains(await grid.Client.Page(brandId, 0).Read(0), e => e is VerificationExpired x && x.CaseId == Guid.Parse(caseId));

        // A late answer finds the request gone.
        (await brand.Verify(caseId, "counterfeit")).ExpectProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RequestAnsweredInTime_DoesNotExpire()
    {
        var (_, brand, listingId, caseId) = await Requested();
        (await brand.Verify(caseId, "counterfeit")).Expect(HttpStatusCode.OK);
        var caseGrain = grid.Client.GetGrain<ICaseGrain>(Guid.Parse(caseId));
        Assert.Null(await grid.Cluster.Row(caseGrain, "review-due"));

        grid.Clock.Advance(TimeSpan.FromHours(73));
        await grid.Client.Tick(caseGrain, "review-due");

        Assert.Equal("taken-down", (string?)(await grid.Case(caseId))["status"]);
        Assert.True((bool)(await grid.Status(listingId))["blocked"]!);
    }

    [Fact]
    public async Task TickBeforeTheDueTime_ChangesNothing()
    {
        var (_, _, _, caseId) = await Requested();
        grid.Clock.Advance(TimeSpan.FromHours(71));

        await grid.Client.Tick(grid.Client.GetGrain<ICaseGrain>(Guid.Parse(caseId)), "review-due");

        Assert.Equal("verification-requested", (string?)(await grid.Case(caseId))["status"]);
    }
}
