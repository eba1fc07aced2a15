using System.Net;
using Grid.Contracts;
using Grid.Contracts.Cases;
using Grid.Contracts.Events;
using Grid.Contracts.Sellers;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// Deadlines live in persistent reminders: the 48-hour review SLA (escalated when missed) and the seller's
/// next strike expiry or penalty end. Here the reminder table is read and ticks are given by hand with the
/// test clock moved on days at a time; <see cref="ReminderFiringTests"/> shows the real service firing them.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class DeadlineTests(GridClusterFixture grid)
{
    private const string ReviewDue = "review-due";

    private async Task<(string BrandId, Guid CaseId, ICaseGrain Case)> ComplaintUnderReview()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var filed = (await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created);
        Assert.Equal("under-review", (string?)filed["status"]);
        var caseId = Guid.Parse((string)filed["caseId"]!);
        return (brandId, caseId, grid.Client.GetGrain<ICaseGrain>(caseId));
    }

    [Fact]
    public async Task ComplaintUnderReview_HasAPersistentReminder_DueAtItsDeadline()
    {
        var (_, caseId, caseGrain) = await ComplaintUnderReview();
        var view = (await caseGrain.GetView())!;

        var row = await grid.Cluster.Row(caseGrain, ReviewDue);

        Assert.NotNull(row);
        // The reminder service keeps time by the silo's TimeProvider, the same clock the case's due time comes from.
        Assert.Equal(view.DueAt!.Value.UtcDateTime, row.StartAt);
        Assert.Null(view.EscalatedAt);
        Assert.Equal(caseId, view.CaseId);
    }

    [Fact]
    public async Task OverdueReview_IsEscalated_OnTheTick_VisibleToOperatorsAndTheBrand()
    {
        var (brandId, caseId, caseGrain) = await ComplaintUnderReview();
        grid.Clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));

        await grid.Client.Tick(caseGrain, ReviewDue);

        var view = await grid.Case(caseId.ToString());
        Assert.Equal("under-review", (string?)view["status"]);
        Assert.NotNull(view["escalatedAt"]);
        var last = view["history"]!.AsArray()[^1]!;
        Assert.Equal("system:review-deadline", (string?)last["actor"]);
        Assert.Contains("overdue", (string?)last["note"]);
        Assert.Null(await grid.Cluster.Row(caseGrain, ReviewDue));

        var overdue = Assert.Single((await grid.Client.Page(brandId, 0).Read(0)).OfType<ReviewOverdue>());
        Assert.Equal(caseId, overdue.CaseId);
        Assert.Equal(DateTimeOffset.Parse((string)view["dueAt"]!), overdue.DueAt);

        // A second tick (say, the reminder's period firing before it was removed) escalates nothing more.
        await grid.Client.Tick(caseGrain, ReviewDue);
        Assert.Single((await grid.Client.Page(brandId, 0).Read(0)).OfType<ReviewOverdue>());

        // The operator can still decide the escalated case, and its deadline reminder stays gone.
        (await grid.Operator.Decide(caseId.ToString(), "uphold")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TickBeforeTheDeadline_EscalatesNothing()
    {
        var (_, caseId, caseGrain) = await ComplaintUnderReview();

        await grid.Client.Tick(caseGrain, ReviewDue);

        Assert.Null((await grid.Case(caseId.ToString()))["escalatedAt"]);
        Assert.NotNull(await grid.Cluster.Row(caseGrain, ReviewDue));
    }

    [Fact]
    public async Task ComplaintDecidedInTime_DropsItsReminder_AndALateTickChangesNothing()
    {
        var (_, caseId, caseGrain) = await ComplaintUnderReview();

        (await grid.Operator.Decide(caseId.ToString(), "reject", "licensed stock")).Expect(HttpStatusCode.OK);

        Assert.Null(await grid.Cluster.Row(caseGrain, ReviewDue));
        grid.Clock.Advance(TimeSpan.FromHours(49));
        await grid.Client.Tick(caseGrain, ReviewDue);
        var view = await grid.Case(caseId.ToString());
        Assert.Equal("rejected", (string?)view["status"]);
        Assert.Null(view["escalatedAt"]);
    }

    [Fact]
    public async Task GoodFaithTakedown_HasNoReviewReminder()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
        var caseId = Guid.Parse((string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!);

        Assert.Null(await grid.Cluster.Row(grid.Client.GetGrain<ICaseGrain>(caseId), ReviewDue));
    }

    [Fact]
    public async Task Seller_ExpiryReminder_FollowsTheNextStrikeExpiryOrPenaltyEnd()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var sellerId = grid.NewId("seller");
        var listings = await grid.SellerWithListings(sellerId, 3, brandId);
        var seller = grid.Client.GetGrain<ISellerGrain>(sellerId);

        (await brand.FileComplaint(brandId, listings[0])).Expect(HttpStatusCode.Created);
        var firstStrike = await grid.Cluster.Row(seller, "expiry");
        Assert.NotNull(firstStrike);
        Assert.InRange(firstStrike.StartAt - grid.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(90) + TimeSpan.FromMinutes(1));

        // The second strike earns a 7-day listing restriction: that end is now the next expiry.
        grid.Clock.Advance(TimeSpan.FromMinutes(1));
        (await brand.FileComplaint(brandId, listings[1])).Expect(HttpStatusCode.Created);
        var restriction = await grid.Cluster.Row(seller, "expiry");
        Assert.NotNull(restriction);
        Assert.InRange(restriction.StartAt - grid.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        // When it ends, the tick moves the reminder on to the first strike's expiry.
        grid.Clock.Advance(TimeSpan.FromDays(7));
        await grid.Client.Tick(seller, "expiry");
        var afterTick = await grid.Cluster.Row(seller, "expiry");
        Assert.NotNull(afterTick);
        Assert.InRange(afterTick.StartAt - grid.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(83) - TimeSpan.FromMinutes(2), TimeSpan.FromDays(83));
        var standing = await grid.Seller(sellerId);
        Assert.Equal("warning", (string?)standing["penalty"]!["kind"]);

        // Once every strike has expired there is nothing left to watch.
        grid.Clock.Advance(TimeSpan.FromDays(84));
        await grid.Client.Tick(seller, "expiry");
        Assert.Null(await grid.Cluster.Row(seller, "expiry"));
    }
}
