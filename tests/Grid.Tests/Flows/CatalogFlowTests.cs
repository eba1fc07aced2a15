using System.Net;
using System.Text.Json.Nodes;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>Flows 1-2: the catalog feed registers listings; the front end asks whether they are blocked.</summary>
[Collection(GridCollection.Name)]
public sealed class CatalogFlowTests(GridClusterFixture grid)
{
    [Fact]
    public async Task PutListing_SameBodyTwice_GivesTheSameView_TimesUnchanged()
    {
        var listingId = grid.NewId("listing");
        var body = new { sellerId = grid.NewId("seller"), marketplace = "tmall", brandId = grid.NewId("brand"), title = "莲花 面霜 Lotus face cream 50ml" };

        var first = (await grid.Catalog.Put($"/v1/listings/{listingId}", body)).Expect(HttpStatusCode.OK);
        grid.Clock.Advance(TimeSpan.FromSeconds(1)); // so a re-stamped time would show
        var second = (await grid.Catalog.Put($"/v1/listings/{listingId}", body)).Expect(HttpStatusCode.OK);

        Assert.True(JsonNode.DeepEquals(first, second), $"First: {first.ToJsonString()}\nSecond: {second.ToJsonString()}");
        Assert.Equal(listingId, (string?)second["listingId"]);
        Assert.Equal(body.sellerId, (string?)second["sellerId"]);
        Assert.Equal("tmall", (string?)second["marketplace"]);
        Assert.Equal(body.brandId, (string?)second["brandId"]);
        Assert.Equal(body.title, (string?)second["title"]);
        Assert.False((bool)second["status"]!["blocked"]!);
        Assert.True(JsonNode.DeepEquals(first, await grid.Listing(listingId)));
    }

    [Fact]
    public async Task PutListing_Update_ChangesTitleAndBrand_KeepsRegisteredAt_MovesUpdatedAt()
    {
        var listingId = grid.NewId("listing");
        var sellerId = grid.NewId("seller");
        var registered = await grid.RegisterListing(listingId, sellerId, grid.NewId("brand"));
        var newBrand = grid.NewId("brand");
        grid.Clock.Advance(TimeSpan.FromSeconds(1)); // so the update's time differs from the registration's

        var updated = (await grid.Catalog.Put($"/v1/listings/{listingId}",
            new { sellerId, marketplace = "taobao", brandId = newBrand, title = "Renamed listing" })).Expect(HttpStatusCode.OK);

        Assert.Equal("Renamed listing", (string?)updated["title"]);
        Assert.Equal(newBrand, (string?)updated["brandId"]);
        Assert.Equal((string?)registered["registeredAt"], (string?)updated["registeredAt"]);
        Assert.True(DateTimeOffset.Parse((string)updated["updatedAt"]!) > DateTimeOffset.Parse((string)registered["updatedAt"]!));
        var read = await grid.Listing(listingId);
        Assert.Equal("Renamed listing", (string?)read["title"]);
        Assert.Equal(newBrand, (string?)read["brandId"]);
    }

    [Fact]
    public async Task UnknownListing_IsNotBlocked()
    {
        var listingId = grid.NewId("unknown");

        var status = await grid.Status(listingId);

        Assert.Equal(listingId, (string?)status["listingId"]);
        Assert.False((bool)status["blocked"]!);
        Assert.Null((string?)status["reason"]);
        Assert.Null((string?)status["caseId"]);
        Assert.Null((string?)status["since"]);
    }

    [Fact]
    public async Task StatusBatch_Of500Ids_AnswersEachInRequestOrder()
    {
        var active = (await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => grid.SellerWithListings(grid.NewId("seller"), 30)))).SelectMany(ids => ids).ToArray();
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, "good-faith");
        var takenDown = new Dictionary<string, string>();
        for (var i = 0; i < 5; i++)
        {
            // One seller per takedown, so no seller reaches a penalty that would block its other listings.
            var listingId = grid.NewId("listing");
            await grid.RegisterListing(listingId, grid.NewId("seller"), brandId);
            takenDown[listingId] = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        }
        var shuffle = new Random(500);
        var unknown = Enumerable.Range(0, 500 - active.Length - takenDown.Count).Select(_ => grid.NewId("unknown")).ToArray();
        var ids = active.Concat(takenDown.Keys).Concat(unknown).OrderBy(_ => shuffle.Next()).ToArray();

        var results = (await grid.Frontend.Post("/v1/listings/status:batch", new { listingIds = ids }))
            .Expect(HttpStatusCode.OK)["results"]!.AsArray();

        Assert.Equal(500, results.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            var result = results[i]!;
            Assert.Equal(ids[i], (string?)result["listingId"]);
            if (takenDown.TryGetValue(ids[i], out var caseId))
            {
                Assert.True((bool)result["blocked"]!, ids[i]);
                Assert.Equal("takedown", (string?)result["reason"]);
                Assert.Equal(caseId, (string?)result["caseId"]);
                Assert.NotNull((string?)result["since"]);
            }
            else
            {
                Assert.False((bool)result["blocked"]!, ids[i]);
                Assert.Null((string?)result["reason"]);
                Assert.Null((string?)result["caseId"]);
            }
        }
    }

    [Fact]
    public async Task StatusBatch_Of501Ids_Is400()
    {
        var ids = Enumerable.Range(0, 501).Select(_ => grid.NewId("unknown")).ToArray();

        var problem = (await grid.Frontend.Post("/v1/listings/status:batch", new { listingIds = ids })).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["listingIds"]);
    }

    [Fact]
    public async Task StatusBatch_Empty_Is400()
    {
        var problem = (await grid.Frontend.Post("/v1/listings/status:batch", new { listingIds = Array.Empty<string>() }))
            .ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["listingIds"]);
    }

    [Fact]
    public async Task FrontendKey_CannotPutListings_403()
    {
        var listingId = grid.NewId("listing");

        var (status, _) = await grid.Frontend.Put($"/v1/listings/{listingId}",
            new { sellerId = grid.NewId("seller"), marketplace = "taobao", title = "Sneaky" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        (await grid.Operator.Get($"/v1/listings/{listingId}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CatalogKey_CannotReadStatus_403()
    {
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, grid.NewId("seller"));

        var (single, _) = await grid.Catalog.Get($"/v1/listings/{listingId}/status");
        var (batch, _) = await grid.Catalog.Post("/v1/listings/status:batch", new { listingIds = new[] { listingId } });

        Assert.Equal(HttpStatusCode.Forbidden, single);
        Assert.Equal(HttpStatusCode.Forbidden, batch);
    }
}
