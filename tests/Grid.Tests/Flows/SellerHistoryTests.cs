using System.Net;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Domain.Penalties;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grid.Tests.Flows;

/// <summary>
/// A seller keeps in its state only the history its penalty rules can still need (two look-backs of strikes, 730 days
/// under the shipped policy); the rest is in its archive, and its notices still show all of it.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class SellerHistoryTests(GridClusterFixture grid)
{
    private EnforcementPolicy Policy => grid.Cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<EnforcementPolicy>>().Value;

    [Fact]
    public async Task SellerWithManyOldStrikes_KeepsASmallState_AndStillGetsTheRightPenalties()
    {
        var sellerId = grid.NewId("seller");
        var seller = grid.Client.GetGrain<ISellerGrain>(sellerId);
        // The reference: the ladder over the whole history, as a seller that never forgot would decide.
        var ladder = new PenaltyLadder(Policy);
        var all = new List<StrikeRecord>();
        var random = new Random(7);
        var fired = 0;

        // Pairs of strikes a day apart, and quiet spells long enough for the seller to fall off the ladder and climb it again.
        for (var i = 0; i < 60; i++)
        {
            grid.Clock.Advance(TimeSpan.FromDays(i % 2 == 0 ? 120 + random.Next(150) : 1));
            var now = grid.Clock.GetUtcNow();
            var strike = new StrikeCommand(Guid.NewGuid(), $"listing-{i}", null, now);
            var before = all.ToList();
            all.Add(new StrikeRecord(strike.CaseId, strike.ListingId, null, now, ladder.StrikeExpiry(now)));
            var expected = ladder.OnStrike(before, all, now);

            var result = await seller.AddStrike(strike);

            Assert.True(result.Added);
            Assert.Equal(expected?.Kind, result.PenaltyImposed?.Kind);
            if (expected is not null) fired++;
        }

        var now2 = grid.Clock.GetUtcNow();
        var view = await seller.GetView();
        var twoLookBacks = TimeSpan.FromDays(730);
        Assert.True(all[0].At < now2 - twoLookBacks, "the history must be longer than what the seller keeps");
        Assert.Equal(all.Where(s => s.At > now2 - twoLookBacks).Select(s => s.CaseId), view.Strikes.Select(s => s.CaseId));
        Assert.Equal(all.Count(s => PenaltyLadder.IsActive(s, now2)), view.ActiveStrikes);
        var history = await seller.GetHistory();
        Assert.Equal(ladder.Current(all, history.Penalties, now2), new CurrentPenalty(view.Penalty.Kind, view.Penalty.Since, view.Penalty.Until));
        Assert.True(view.History.Count < fired / 4, $"{view.History.Count} penalties kept of {fired}");
        Assert.Equal(all.Select(s => s.CaseId), history.StruckBy);
        Assert.Equal(fired, history.Penalties.Count);
    }

    [Fact]
    public async Task Termination_SurvivesTheWithdrawalOfALaterStrike_AfterItsTriggersWerePruned()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var (sellerId, _) = grid.NewSeller();
        var listings = await grid.SellerWithListings(sellerId, 7, brandId);
        foreach (var id in listings[..5])
        {
            grid.Clock.Advance(TimeSpan.FromMinutes(1));
            (await brand.FileComplaint(brandId, id)).Expect(HttpStatusCode.Created);
        }
        Assert.Equal("termination", (string?)(await grid.Seller(sellerId))["penalty"]!["kind"]);

        grid.Clock.Advance(TimeSpan.FromDays(800));
        var late = (string)(await brand.FileComplaint(brandId, listings[5])).Expect(HttpStatusCode.Created)["caseId"]!;
        var pruned = await grid.Seller(sellerId);
        Assert.Equal([late], pruned["strikes"]!.AsArray().Select(s => (string)s!["caseId"]!));
        (await brand.Post($"/v1/cases/{late}/retract", null)).Expect(HttpStatusCode.OK);

        var seller = await grid.Seller(sellerId);
        Assert.Equal("termination", (string?)seller["penalty"]!["kind"]);
        Assert.Equal(0, (int)seller["activeStrikes"]!);
        Assert.Equal("seller-terminated", (string?)(await grid.Status(listings[6]))["reason"]);
        Assert.Equal("seller-terminated", (string?)(await grid.Status(listings[5]))["reason"]);
    }

    [Fact]
    public async Task StrikeResentForACase_AfterItsRecordWasPruned_IsNotCountedAgain()
    {
        var seller = grid.Client.GetGrain<ISellerGrain>(grid.NewId("seller"));
        var old = new StrikeCommand(Guid.NewGuid(), "listing-old", null, grid.Clock.GetUtcNow());
        Assert.True((await seller.AddStrike(old)).Added);
        grid.Clock.Advance(TimeSpan.FromDays(800));
        Assert.True((await seller.AddStrike(new StrikeCommand(Guid.NewGuid(), "listing-new", null, grid.Clock.GetUtcNow()))).Added);
        Assert.DoesNotContain((await seller.GetView()).Strikes, s => s.CaseId == old.CaseId);

        var resent = await seller.AddStrike(old);

        Assert.False(resent.Added);
        var view = await seller.GetView();
        Assert.Equal(1, view.ActiveStrikes);
        Assert.DoesNotContain(view.Strikes, s => s.CaseId == old.CaseId);
        Assert.Single(await seller.GetStruckBy(), id => id == old.CaseId);
    }

    [Fact]
    public async Task StrikeResentForACase_StillKept_IsNotCountedAgain_WhateverItsStepTime()
    {
        var seller = grid.Client.GetGrain<ISellerGrain>(grid.NewId("seller"));
        var strike = new StrikeCommand(Guid.NewGuid(), "listing", null, grid.Clock.GetUtcNow());
        Assert.True((await seller.AddStrike(strike)).Added);
        grid.Clock.Advance(TimeSpan.FromDays(30));

        Assert.False((await seller.AddStrike(strike)).Added);
        Assert.False((await seller.AddStrike(strike with { StepAt = null })).Added);
        Assert.Equal(1, (await seller.GetView()).ActiveStrikes);
    }

    [Fact]
    public async Task Notices_StillShowTheWholeHistory_AfterTheSellerPrunedIt()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var (sellerId, seller) = grid.NewSeller();
        var listings = await grid.SellerWithListings(sellerId, 4, brandId);
        var cases = new List<string>();
        foreach (var id in listings[..3])
        {
            grid.Clock.Advance(TimeSpan.FromMinutes(1));
            cases.Add((string)(await brand.FileComplaint(brandId, id)).Expect(HttpStatusCode.Created)["caseId"]!);
        }
        grid.Clock.Advance(TimeSpan.FromDays(800));
        cases.Add((string)(await brand.FileComplaint(brandId, listings[3])).Expect(HttpStatusCode.Created)["caseId"]!);
        var state = await grid.Seller(sellerId);
        Assert.Single(state["strikes"]!.AsArray());

        var notices = (await seller.Get($"/v1/sellers/{sellerId}/notices")).Expect(HttpStatusCode.OK);

        Assert.Equal(Enumerable.Reverse(cases), notices["takedowns"]!.AsArray().Select(t => (string)t!["caseId"]!));
        Assert.Equal(["warning", "suspension", "listing-restriction", "warning"], // newest first
            notices["penalties"]!.AsArray().Select(p => (string)p!["kind"]!));
    }
}
