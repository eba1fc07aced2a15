using System.Net;
using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Grid.Tests.Correctness;

/// <summary>
/// A case keeps what the brand counted for it, so the brand forgets a case once the case has stored its mark: the
/// brand's state does not grow with its history, and a later retraction still takes back exactly what was counted.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class BrandMarkTests(GridClusterFixture grid)
{
    private async Task<BrandState> Stored(string brandId)
    {
        var storage = grid.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GridNames.Storage);
        var state = new GrainState<BrandState>();
        await storage.ReadStateAsync("brand", GrainId.Create("brand", brandId), state);
        return state.State!;
    }

    [Fact]
    public async Task ABrandWithManyCases_StoresMarksOnlyForCasesInFlight_AndRetractionStillCountsRight()
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var listingId = grid.NewId("listing");
            await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
            cases.Add((string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!);
        }

        var stored = await Stored(brandId);
        Assert.Equal(30, stored.TakenDownAtOnce);
        // Each write carries the settlements that came before it: at most the last case or two are still in flight.
        Assert.True(stored.Cases.Count <= 2, $"the brand still stores {stored.Cases.Count} case marks");

        (await brand.Post($"/v1/cases/{cases[0]}/retract", null)).Expect(HttpStatusCode.OK);
        var accuracy = (await grid.Brand(brandId))["accuracy"]!;
        Assert.Equal(29, (int)accuracy["takenDownAtOnce"]!);
        Assert.Equal(1, (int)accuracy["retracted"]!);
    }
}
