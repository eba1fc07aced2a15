using System.Net;
using Grid.Domain.Cases;
using Grid.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Grid.Tests.Security;

/// <summary>Who may do what: API keys, roles, brand and seller scope, and demo keys outside Development.</summary>
[Collection(GridCollection.Name)]
public sealed class AuthTests(GridClusterFixture grid)
{
    public static TheoryData<string, string> AnyEndpoint => new()
    {
        { "GET", "/v1/listings/any-listing/status" },
        { "PUT", "/v1/listings/any-listing" },
        { "POST", "/v1/complaints" },
        { "GET", "/v1/sellers/any-seller" },
        { "PUT", "/v1/brands/any-brand" },
        { "GET", "/v1/brands/any-brand/events" },
        { "PUT", "/v1/brands/any-brand/tier" },
        { "GET", "/v1/brands/any-brand/scorecard" },
    };

    [Theory]
    [MemberData(nameof(AnyEndpoint))]
    public async Task MissingApiKey_Is401ProblemDetails(string method, string path)
    {
        var anonymous = grid.Http(null);

        var response = await anonymous.SendRaw(new HttpMethod(method), path,
            method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-a-grid-key-at-all")]
    [InlineData("TEST-OPERATOR-KEY-0001")]
    [InlineData("")]
    public async Task UnknownApiKey_Is401(string key)
    {
        var sellerId = grid.NewId("seller");

        var response = await grid.Http(null).SendRaw(HttpMethod.Get, $"/v1/sellers/{sellerId}",
            headers: h => h.TryAddWithoutValidation("X-Api-Key", key));

        response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TwoApiKeyHeaders_Are401_EvenWhenBothAreValid()
    {
        var sellerId = grid.NewId("seller");

        var response = await grid.SendLines("GET", $"/v1/sellers/{sellerId}",
            [("X-Api-Key", GridClusterFixture.OperatorKey), ("X-Api-Key", GridClusterFixture.OperatorKey)]);

        response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TwoApiKeysFoldedIntoOneHeader_Are401()
    {
        var sellerId = grid.NewId("seller");

        var response = await grid.Http(null).SendRaw(HttpMethod.Get, $"/v1/sellers/{sellerId}",
            headers: h => h.TryAddWithoutValidation("X-Api-Key", [GridClusterFixture.OperatorKey, GridClusterFixture.OperatorKey]));

        response.ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownApiKey_ChangesNothing()
    {
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        var intruder = grid.Http("not-a-grid-key-at-all");

        var response = await intruder.SendRaw(HttpMethod.Put, $"/v1/listings/{listingId}",
            $$"""{"sellerId":"{{sellerId}}","marketplace":"taobao","title":"Fake"}""");

        response.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NotFound, (await grid.Operator.Get($"/v1/listings/{listingId}")).Status);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["listingCount"]!);
    }

    /// <summary>role, method, path, body: a caller whose role may not call the endpoint at all, even on its own data.</summary>
    public static TheoryData<string, string, string, string> WrongRole => new()
    {
        { "frontend", "POST", "/v1/complaints", "complaint" },
        { "seller", "POST", "/v1/complaints", "complaint" },
        { "catalog", "POST", "/v1/complaints", "complaint" },
        { "detector", "GET", "/v1/sellers/{seller}", "" },
        { "brand", "GET", "/v1/sellers/{seller}", "" },
        { "brand", "PUT", "/v1/brands/{brand}", "brand" },
        { "catalog", "POST", "/v1/flags", "flag" },
        { "brand", "POST", "/v1/flags", "flag" },
        { "frontend", "PUT", "/v1/listings/{listing}", "listing" },
        { "seller", "PUT", "/v1/listings/{listing}", "listing" },
        { "brand", "POST", "/v1/complaints/{case}/decision", "decision" },
        { "seller", "POST", "/v1/complaints/{case}/decision", "decision" },
        { "detector", "GET", "/v1/complaints/{case}", "" },
        { "frontend", "GET", "/v1/complaints/{case}", "" },
        { "frontend", "GET", "/v1/brands/{brand}", "" },
        { "seller", "GET", "/v1/brands/{brand}/events", "" },
        { "catalog", "GET", "/v1/listings/{listing}/status", "" },
        { "seller", "POST", "/v1/listings/status:batch", "batch" },
        { "brand", "GET", "/v1/listings/{listing}", "" },
        { "operator", "POST", "/v1/verifications/{case}", "verdict" },
        { "frontend", "GET", "/v1/detectors/{detector}", "" },
        { "brand", "PUT", "/v1/brands/{brand}/tier", "tier" },
        { "detector", "PUT", "/v1/brands/{brand}/tier", "tier" },
        { "frontend", "GET", "/v1/brands/{brand}/scorecard", "" },
        { "seller", "GET", "/v1/brands/{brand}/scorecard", "" },
        { "detector", "GET", "/v1/brands/{brand}/scorecard", "" },
    };

    [Theory]
    [MemberData(nameof(WrongRole))]
    public async Task WrongRole_Is403ProblemDetails_AndChangesNothing(string role, string method, string path, string body)
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, seller) = grid.NewSeller();
        var otherSellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;
        var detector = grid.NewId("detector");
        var caller = role switch
        {
            "frontend" => grid.Frontend,
            "catalog" => grid.Catalog,
            "detector" => grid.Detector,
            "operator" => grid.Operator,
            "brand" => brand,
            "seller" => seller,
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        object? payload = body switch
        {
            "complaint" => Scenario.Complaint(brandId, listingId),
            "brand" => new { name = "Upgraded", rights = new[] { new { type = "trademark", registrationNumber = Scenario.Trademark } }, tier = "good-faith" },
            "flag" => new { listingId, detector, score = 0.99 },
            "listing" => new { sellerId = otherSellerId, marketplace = "tmall", title = "Moved" },
            "decision" => new { decision = "uphold" },
            "verdict" => new { verdict = "counterfeit" },
            "batch" => new { listingIds = new[] { listingId } },
            "tier" => new { tier = "good-faith", pinned = true },
            _ => null,
        };
        var url = path.Replace("{brand}", brandId).Replace("{seller}", sellerId).Replace("{listing}", listingId)
            .Replace("{case}", caseId).Replace("{detector}", detector);

        var response = await caller.SendRaw(new HttpMethod(method), url,
            payload is null ? null : System.Net.Http.Json.JsonContent.Create(payload, options: GridApiClient.Json));

        response.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal("under-review", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        var listing = await grid.Listing(listingId);
        Assert.Equal(sellerId, (string?)listing["sellerId"]);
        Assert.Equal("taobao", (string?)listing["marketplace"]);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        Assert.Equal("standard", (string?)(await grid.Brand(brandId))["tier"]);
        Assert.Equal(0, (int)(await grid.Detector.Get($"/v1/detectors/{detector}")).Expect(HttpStatusCode.OK)["flags"]!);
    }

    [Fact]
    public async Task BrandKey_FilingForAnotherBrand_Is403_AndCreatesNothing()
    {
        var (ownBrandId, ownBrand) = grid.NewBrand();
        var victimBrandId = grid.NewId("brand");
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(ownBrandId, "good-faith");
        await grid.RegisterBrand(victimBrandId, "good-faith");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, victimBrandId);
        const string idempotencyKey = "impersonation-attempt-1";

        var response = await ownBrand.SendRaw(HttpMethod.Post, "/v1/complaints",
            System.Net.Http.Json.JsonContent.Create(Scenario.Complaint(victimBrandId, listingId), options: GridApiClient.Json),
            h => h.Add("Idempotency-Key", idempotencyKey));

        response.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        var listing = await grid.Listing(listingId);
        Assert.Empty(listing["notices"]!.AsArray());
        Assert.Empty(listing["takedowns"]!.AsArray());
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
        Assert.Equal(0, (int)(await grid.Brand(victimBrandId))["accuracy"]!["upheld"]!);
        var wouldBeCase = NoticeKeys.CaseIdFor($"complaint|{victimBrandId}", idempotencyKey);
        Assert.Equal(HttpStatusCode.NotFound, (await grid.Operator.Get($"/v1/complaints/{wouldBeCase}")).Status);
    }

    [Fact]
    public async Task BrandKey_ReadingAnotherBrandsCase_Is403_WhileItsOwnBrandReadsIt()
    {
        var (brandId, brand) = grid.NewBrand();
        var (_, otherBrand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        var foreign = await otherBrand.SendRaw(HttpMethod.Get, $"/v1/complaints/{caseId}");
        var own = await brand.Get($"/v1/complaints/{caseId}");

        foreign.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal(caseId, (string?)own.Expect(HttpStatusCode.OK)["caseId"]);
    }

    [Fact]
    public async Task BrandKey_ReadingOrSubscribingToAnotherBrand_Is403()
    {
        var (brandId, brand) = grid.NewBrand();
        var (_, otherBrand) = grid.NewBrand();
        await grid.RegisterBrand(brandId);

        var read = await otherBrand.SendRaw(HttpMethod.Get, $"/v1/brands/{brandId}");
        var subscribe = await otherBrand.SendRaw(HttpMethod.Get, $"/v1/brands/{brandId}/events");
        var scorecard = await otherBrand.SendRaw(HttpMethod.Get, $"/v1/brands/{brandId}/scorecard");

        read.ExpectProblem(HttpStatusCode.Forbidden);
        subscribe.ExpectProblem(HttpStatusCode.Forbidden);
        scorecard.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal(brandId, (string?)(await brand.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK)["brandId"]);
    }

    [Fact]
    public async Task BrandKey_AnsweringAnotherBrandsVerification_Is403_AndChangesNothing()
    {
        var brandId = grid.NewId("brand");
        var (_, otherBrand) = grid.NewBrand();
        var sellerId = grid.NewId("seller");
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var flagged = (await grid.Detector.RaiseFlag(listingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)flagged["outcome"]);
        var caseId = (string)flagged["caseId"]!;

        var response = await otherBrand.SendRaw(HttpMethod.Post, $"/v1/verifications/{caseId}", """{"verdict":"counterfeit"}""");

        response.ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal("verification-requested", (string?)(await grid.Case(caseId))["status"]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
        Assert.Equal(0, (int)(await grid.Seller(sellerId))["activeStrikes"]!);
    }

    [Fact]
    public async Task SellerKey_ReadsItself_ButNotAnotherSeller()
    {
        var (sellerId, seller) = grid.NewSeller();
        var otherSellerId = grid.NewId("seller");

        var own = await seller.Get($"/v1/sellers/{sellerId}");
        var other = await seller.SendRaw(HttpMethod.Get, $"/v1/sellers/{otherSellerId}");

        Assert.Equal(sellerId, (string?)own.Expect(HttpStatusCode.OK)["sellerId"]);
        other.ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SellerKey_ReadsAComplaintAgainstItsOwnListing_ButNotOneAgainstAnotherSellers()
    {
        var (brandId, brand) = grid.NewBrand();
        var (sellerId, seller) = grid.NewSeller();
        var (_, otherSeller) = grid.NewSeller();
        await grid.RegisterBrand(brandId);
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId, brandId);
        var caseId = (string)(await brand.FileComplaint(brandId, listingId)).Expect(HttpStatusCode.Created)["caseId"]!;

        var own = await seller.Get($"/v1/complaints/{caseId}");
        var foreign = await otherSeller.SendRaw(HttpMethod.Get, $"/v1/complaints/{caseId}");

        var read = own.Expect(HttpStatusCode.OK);
        Assert.Equal(listingId, (string?)read["listingId"]);
        Assert.Equal(sellerId, (string?)read["sellerId"]);
        foreign.ExpectProblem(HttpStatusCode.Forbidden);
    }

    private const string DemoOperatorKey = "dev-operator-key-0001";
    private const string ProductionOperatorKey = "prod-operator-key-0001";

    private static Dictionary<string, string?> DemoAndProductionKeys() => new()
    {
        ["Grid:ApiKeys:0:Key"] = DemoOperatorKey,
        ["Grid:ApiKeys:0:Role"] = "operator",
        ["Grid:ApiKeys:1:Key"] = ProductionOperatorKey,
        ["Grid:ApiKeys:1:Role"] = "operator",
    };

    [Fact]
    public async Task DemoKeys_AreRefusedOutsideDevelopment_WhileOtherKeysWork()
    {
        var sellerId = grid.NewId("seller");
        var api = await GridClusterFixture.StartApi(grid.Client, "Production", DemoAndProductionKeys());
        try
        {
            var demo = await Client(api, DemoOperatorKey).SendRaw(HttpMethod.Get, $"/v1/sellers/{sellerId}");
            var production = await Client(api, ProductionOperatorKey).Get($"/v1/sellers/{sellerId}");

            demo.ExpectProblem(HttpStatusCode.Unauthorized);
            Assert.Equal(sellerId, (string?)production.Expect(HttpStatusCode.OK)["sellerId"]);
        }
        finally
        {
            await api.StopAsync();
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task DemoKeys_WorkInDevelopment()
    {
        var sellerId = grid.NewId("seller");
        var api = await GridClusterFixture.StartApi(grid.Client, "Development", DemoAndProductionKeys());
        try
        {
            var demo = await Client(api, DemoOperatorKey).Get($"/v1/sellers/{sellerId}");

            Assert.Equal(sellerId, (string?)demo.Expect(HttpStatusCode.OK)["sellerId"]);
        }
        finally
        {
            await api.StopAsync();
            await api.DisposeAsync();
        }
    }

    /// <summary>why, then the settings of one key (Key, Role, BrandIds:0, SellerId) as "name=value" pairs.</summary>
    public static TheoryData<string, string[]> InvalidKeyLists => new()
    {
        { "unknown role", ["Key=prod-admin-key-00001", "Role=admin"] },
        { "brand key without brands", ["Key=prod-brand-key-00001", "Role=brand"] },
        { "seller key without seller", ["Key=prod-seller-key-0001", "Role=seller"] },
        { "key too short", ["Key=short-key", "Role=operator"] },
        { "no key", ["Role=operator"] },
        { "no role", ["Key=prod-norole-key-0001"] },
    };

    [Theory]
    [MemberData(nameof(InvalidKeyLists))]
    public async Task InvalidKeyList_StopsTheApiAtStart(string why, string[] entry)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Grid:ApiKeys:0:Key"] = ProductionOperatorKey,
            ["Grid:ApiKeys:0:Role"] = "operator",
        };
        foreach (var pair in entry)
        {
            var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            settings[$"Grid:ApiKeys:1:{name}"] = value;
        }

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => GridClusterFixture.StartApi(grid.Client, "Production", settings));

        Assert.True(failure.Failures.Any(f => f.Contains("Grid:ApiKeys:1")), $"{why}: {string.Join(" | ", failure.Failures)}");
    }

    [Fact]
    public async Task DuplicateKeys_StopTheApiAtStart()
    {
        var settings = DemoAndProductionKeys();
        settings["Grid:ApiKeys:0:Key"] = ProductionOperatorKey;

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => GridClusterFixture.StartApi(grid.Client, "Production", settings));

        Assert.Contains("same key twice", string.Join(" ", failure.Failures));
    }

    private static HttpClient Client(WebApplication api, string key)
    {
        var http = new HttpClient { BaseAddress = new Uri(api.Urls.Single()) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    [Fact]
    public async Task HealthCheck_NeedsNoKey_AndSaysHealthy()
    {
        using var response = await grid.Http(null).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
