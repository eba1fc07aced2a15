using System.Net;
using Grid.Contracts.Cases;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Flows;

/// <summary>
/// Complaints in Simplified Chinese, and every message a person reads in English or Chinese: by Accept-Language,
/// else by the complaint's language, else English.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class LanguageTests(GridClusterFixture grid)
{
    private const string Registration = "第1234567号";

    /// <summary>A TaoProtect-style complaint, written in Chinese.</summary>
    private static object ChineseComplaint(string brandId, string listingId, string? language = "zh-CN") => new
    {
        brandId,
        listingId,
        right = new { type = "trademark", registrationNumber = Registration },
        kind = "counterfeit",
        evidence = new[]
        {
            "https://ipp.example.cn/evidence/600000000001.jpg",
            "【投诉说明】该商品使用了与我方注册商标近似的标识，包装、吊牌及防伪码均与正品不符，系假冒商品。",
        },
        language,
    };

    private async Task<(string BrandId, HttpClient Brand, string SellerId, HttpClient Seller, string ListingId)> World(string tier = "good-faith")
    {
        var (brandId, brand) = grid.NewBrand();
        await grid.RegisterBrand(brandId, tier, Registration);
        var (sellerId, seller) = grid.NewSeller();
        var listingId = grid.NewId("listing");
        (await grid.Catalog.Put($"/v1/listings/{listingId}",
            new { sellerId, marketplace = "taobao", brandId, title = "耐克 Air Max 90 男子跑步鞋 2024新款 正品保证" })).Expect(HttpStatusCode.OK);
        return (brandId, brand, sellerId, seller, listingId);
    }

    [Fact]
    public async Task ChineseComplaint_IsFiled_AndReadsBackInChinese()
    {
        var (brandId, brand, _, _, listingId) = await World();

        var filed = await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId));

        var created = filed.Expect(HttpStatusCode.Created);
        Assert.Equal("zh-CN", filed.ContentLanguage);
        var read = await brand.GetIn(null, $"/v1/cases/{created["caseId"]}");
        var view = read.Expect(HttpStatusCode.OK);
        Assert.Equal("zh-CN", read.ContentLanguage);
        Assert.Contains("Accept-Language", read.Vary);
        Assert.Equal("zh-CN", (string?)view["language"]);
        Assert.Equal(Registration, (string?)view["right"]!["registrationNumber"]);
        Assert.Contains("系假冒商品", (string?)view["evidence"]![1]);
        var statement = view["statement"]!;
        Assert.Equal("可见性限制：该商品已从平台下架。", (string?)statement["decision"]);
        Assert.Equal($"品牌“{brandId}”（诚信投诉快速下架计划成员）投诉该商品涉嫌假冒商品。", (string?)statement["facts"]);
        Assert.Equal($"商标（注册号：{Registration}）", (string?)statement["ground"]);
        Assert.Equal("trusted-notice", (string?)statement["source"]);
        Assert.Equal("taken-down", (string?)view["status"]);
    }

    [Fact]
    public async Task ChineseCase_ReadWithAcceptLanguageEnglish_IsInEnglish_AndKeepsItsLanguage()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var caseId = (string)(await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created)["caseId"]!;

        var read = await grid.Operator.GetIn("en-GB,en;q=0.9", $"/v1/cases/{caseId}");

        var view = read.Expect(HttpStatusCode.OK);
        Assert.Equal("en", read.ContentLanguage);
        Assert.Equal("zh-CN", (string?)view["language"]);
        Assert.Equal("Visibility restriction: the listing is removed from the marketplace.", (string?)view["statement"]!["decision"]);
        Assert.Equal($"trademark {Registration}", (string?)view["statement"]!["ground"]);
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-Hans-CN, en;q=0.5", "zh-CN")]
    [InlineData("fr-FR, fr;q=0.9", "en")]
    [InlineData(null, "en")]
    public async Task ComplaintWithoutALanguage_TakesItFromAcceptLanguage_ElseEnglish(string? acceptLanguage, string expected)
    {
        var (brandId, brand, _, _, listingId) = await World();

        var filed = await brand.PostIn(acceptLanguage, "/v1/complaints", ChineseComplaint(brandId, listingId, language: null));

        Assert.Equal(expected, (string?)filed.Expect(HttpStatusCode.Created)["language"]);
        Assert.Equal(expected, filed.ContentLanguage);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    [InlineData("ZH-cn")]
    public async Task ComplaintLanguage_IsReadAsATag(string language)
    {
        var (brandId, brand, _, _, listingId) = await World();

        var filed = await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId, language));

        Assert.Equal(language == "en" ? "en" : "zh-CN", (string?)filed.Expect(HttpStatusCode.Created)["language"]);
    }

    [Fact]
    public async Task ValidationProblem_IsInChinese_WithAcceptLanguageZhCn_AndInEnglishWithout()
    {
        var body = new { brandId = "nike", listingId = "L-1", evidence = Array.Empty<string>(), kind = (string?)null, language = "en" };

        var chinese = await grid.Operator.PostIn("zh-CN", "/v1/complaints", body);
        var english = await grid.Operator.PostIn(null, "/v1/complaints", body);

        var zh = chinese.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal("zh-CN", chinese.ContentLanguage);
        Assert.Equal("请求中有一项或多项输入有误。", (string?)zh["title"]);
        Assert.Equal("kind 为必填项。", (string?)zh["errors"]!["kind"]![0]);
        Assert.Equal("right 为必填项。", (string?)zh["errors"]!["right"]![0]);
        Assert.Equal("evidence 须至少提供一个网址或一段文字说明。", (string?)zh["errors"]!["evidence"]![0]);
        var en = english.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal("en", english.ContentLanguage);
        Assert.Equal("One or more validation errors occurred.", (string?)en["title"]);
        Assert.Equal("kind is required.", (string?)en["errors"]!["kind"]![0]);
        // The fields at fault keep their names in every language: a client finds them by key.
        Assert.Equal(en["errors"]!.AsObject().Select(p => p.Key).Order(), zh["errors"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task AChineseComplaintsErrors_AreInChinese_WithoutAcceptLanguage()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var body = new { brandId, listingId, right = new { type = "trademark", registrationNumber = Registration }, kind = "counterfeit", evidence = new[] { "x\u0001" }, language = "zh-CN" };

        var refused = await brand.PostIn(null, "/v1/complaints", body);

        Assert.Equal("evidence[0] 不能包含控制字符。", (string?)refused.ExpectProblem(HttpStatusCode.BadRequest)["errors"]!["evidence[0]"]![0]);
        Assert.Equal("zh-CN", refused.ContentLanguage);
    }

    [Fact]
    public async Task UnregisteredRight_Is422_InTheComplaintsLanguage()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var body = new
        {
            brandId, listingId, right = new { type = "patent", registrationNumber = "ZL201510000001.X" }, kind = "patent",
            evidence = new[] { "专利证书及比对报告" }, language = "zh-CN",
        };

        var chinese = await brand.PostIn(null, "/v1/complaints", body);
        var english = await brand.PostIn("en", "/v1/complaints", body);

        var zh = chinese.ExpectProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("无法处理的通知", (string?)zh["title"]);
        Assert.Equal($"品牌“{brandId}”未登记注册号为“ZL201510000001.X”的专利。", (string?)zh["detail"]);
        Assert.Equal($"Brand '{brandId}' has no registered patent 'ZL201510000001.X'.",
            (string?)english.ExpectProblem(HttpStatusCode.UnprocessableEntity)["detail"]);
    }

    [Fact]
    public async Task UnknownCase_Is404_InChinese()
    {
        var caseId = Guid.NewGuid();

        var answer = await grid.Operator.GetIn("zh-CN,zh;q=0.9,en;q=0.8", $"/v1/cases/{caseId}");

        var problem = answer.ExpectProblem(HttpStatusCode.NotFound);
        Assert.Equal("未找到", (string?)problem["title"]);
        Assert.Equal($"案件 {caseId} 不存在。", (string?)problem["detail"]);
        Assert.Equal("zh-CN", answer.ContentLanguage);
    }

    [Fact]
    public async Task DecidingTwice_Is409_FromTheCase_InChinese()
    {
        var (brandId, brand, _, _, listingId) = await World(tier: "standard");
        var caseId = (string)(await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created)["caseId"]!;
        (await grid.Operator.Decide(caseId, "uphold")).Expect(HttpStatusCode.OK);

        var again = await grid.Operator.PostIn("zh", $"/v1/complaints/{caseId}/decision", new { decision = "reject" });

        var problem = again.ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal("操作冲突", (string?)problem["title"]);
        Assert.Equal($"案件 {caseId} 当前状态为“投诉成立”，不能执行“驳回投诉”。", (string?)problem["detail"]);
        var english = (await grid.Operator.PostIn(null, $"/v1/complaints/{caseId}/decision", new { decision = "reject" })).ExpectProblem(HttpStatusCode.Conflict);
        Assert.Equal($"Case {caseId} is upheld; it cannot take 'reject'.", (string?)english["detail"]);
    }

    [Fact]
    public async Task SellerNotices_FollowTheComplaintsLanguage_UnlessAcceptLanguageSaysOtherwise()
    {
        var (brandId, brand, sellerId, seller, listingId) = await World();
        (await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created);

        var chinese = await seller.GetIn(null, $"/v1/sellers/{sellerId}/notices");
        var english = await seller.GetIn("en-US", $"/v1/sellers/{sellerId}/notices");

        var zh = chinese.Expect(HttpStatusCode.OK);
        Assert.Equal("zh-CN", chinese.ContentLanguage);
        var takedown = zh["takedowns"]![0]!;
        Assert.Equal("zh-CN", (string?)takedown["language"]);
        Assert.Equal("可见性限制：该商品已从平台下架。", (string?)takedown["statement"]!["decision"]);
        Assert.Contains("反通知", (string?)takedown["statement"]!["redress"]);
        var warning = zh["penalties"]![0]!;
        Assert.Equal("warning", (string?)warning["kind"]);
        Assert.Equal("警告：暂不限制；再次违规将受到限制处罚。", (string?)warning["statement"]!["decision"]);
        Assert.Contains("“警告”", (string?)warning["statement"]!["facts"]);

        var en = english.Expect(HttpStatusCode.OK);
        Assert.Equal("en", english.ContentLanguage);
        Assert.Equal("en", (string?)en["takedowns"]![0]!["language"]);
        Assert.Equal("Visibility restriction: the listing is removed from the marketplace.", (string?)en["takedowns"]![0]!["statement"]!["decision"]);
        Assert.Contains("'warning' rung", (string?)en["penalties"]![0]!["statement"]!["facts"]);
    }

    [Fact]
    public async Task SellerNotices_OfComplaintsInTwoLanguages_AreEachInTheirOwn()
    {
        var (brandId, brand, sellerId, seller, first) = await World();
        var second = grid.NewId("listing");
        await grid.RegisterListing(second, sellerId, brandId);
        (await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, first))).Expect(HttpStatusCode.Created);
        grid.Clock.Advance(TimeSpan.FromSeconds(1));
        (await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, second, language: "en"))).Expect(HttpStatusCode.Created);

        var notices = await seller.GetIn(null, $"/v1/sellers/{sellerId}/notices");

        var takedowns = notices.Expect(HttpStatusCode.OK)["takedowns"]!.AsArray();
        Assert.Equal(["en", "zh-CN"], takedowns.Select(t => (string)t!["language"]!));
        Assert.StartsWith("Visibility restriction", (string?)takedowns[0]!["statement"]!["decision"]);
        Assert.StartsWith("可见性限制", (string?)takedowns[1]!["statement"]!["decision"]);
        Assert.Equal(["en", "zh-CN"], notices.ContentLanguage!.Split(", ").Order());
    }

    [Fact]
    public async Task DsaExport_OfAChineseComplaint_StaysInTheDatabasesEnglish()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var from = grid.Clock.GetUtcNow();
        (await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created);
        grid.Clock.Advance(TimeSpan.FromSeconds(1));
        var period = $"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(grid.Clock.GetUtcNow().ToString("O"))}";

        var export = await grid.Operator.GetIn("zh-CN", $"/v1/reports/statements?{period}");

        var statement = Assert.Single(export.Expect(HttpStatusCode.OK).AsArray(), s => (string?)s!["source_identity"] == brandId)!;
        Assert.Equal("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", (string?)statement["category"]);
        Assert.Equal($"Brand '{brandId}', a Good Faith Takedown participant, reported the listing as counterfeit goods.", (string?)statement["decision_facts"]);
    }

    [Fact]
    public async Task ManyListingsComplaint_SaysWhyNoCaseWasOpened_InItsLanguage()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var missing = grid.NewId("listing");
        var body = new
        {
            brandId, listingIds = new[] { listingId, missing }, right = new { type = "trademark", registrationNumber = Registration },
            kind = "counterfeit", evidence = new[] { "批量投诉：以下链接均为假冒商品" }, language = "zh-CN",
        };

        var filed = await brand.PostIn(null, "/v1/complaints", body);

        var complaint = filed.Expect(HttpStatusCode.Created);
        Assert.Equal("zh-CN", (string?)complaint["language"]);
        var refused = complaint["listings"]!.AsArray().Single(l => (string?)l!["listingId"] == missing)!;
        Assert.Equal($"商品“{missing}”不在商品库中。", (string?)refused["error"]);
        var read = (await brand.GetIn("en", $"/v1/complaints/{complaint["complaintId"]}")).Expect(HttpStatusCode.OK);
        Assert.Equal($"Listing '{missing}' is not in the catalog.", (string?)read["listings"]!.AsArray().Single(l => (string?)l!["listingId"] == missing)!["error"]);
    }

    [Fact]
    public async Task EscalationNote_ReadsInTheCasesLanguage()
    {
        var (brandId, brand, _, _, listingId) = await World(tier: "standard");
        var caseId = Guid.Parse((string)(await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created)["caseId"]!);
        grid.Clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));

        await grid.Client.Tick(grid.Client.GetGrain<ICaseGrain>(caseId), "review-due");

        var chinese = (await brand.GetIn(null, $"/v1/cases/{caseId}")).Expect(HttpStatusCode.OK);
        Assert.StartsWith("审核超时：审核期限为 ", (string?)chinese["history"]!.AsArray()[^1]!["note"]);
        var english = (await brand.GetIn("en", $"/v1/cases/{caseId}")).Expect(HttpStatusCode.OK);
        Assert.StartsWith("Review overdue: it was due at ", (string?)english["history"]!.AsArray()[^1]!["note"]);
    }

    [Fact]
    public async Task MissingKey_Is401_InChinese()
    {
        using var anonymous = grid.Http(null);

        var answer = await anonymous.GetIn("zh-CN", "/v1/listings/L-1/status");

        var problem = answer.ExpectProblem(HttpStatusCode.Unauthorized);
        Assert.Equal("未通过身份验证", (string?)problem["title"]);
        Assert.Equal("请在 X-Api-Key 请求头中提供有效的 API 密钥。", (string?)problem["detail"]);
        Assert.Equal("zh-CN", answer.ContentLanguage);
    }

    [Fact]
    public async Task KeyOutsideItsRole_Is403_InChinese_AndEnglishWithout()
    {
        var chinese = await grid.Frontend.GetIn("zh-CN", "/v1/review-queue");
        var english = await grid.Frontend.GetIn(null, "/v1/review-queue");

        Assert.Equal("此密钥的角色无权调用此接口。", (string?)chinese.ExpectProblem(HttpStatusCode.Forbidden)["detail"]);
        Assert.Equal("This key's role may not call this endpoint.", (string?)english.ExpectProblem(HttpStatusCode.Forbidden)["detail"]);
        Assert.Equal("en", english.ContentLanguage);
    }

    [Fact]
    public async Task AnotherBrandsCase_Is403_InChinese()
    {
        var (brandId, brand, _, _, listingId) = await World();
        var caseId = (string)(await brand.PostIn(null, "/v1/complaints", ChineseComplaint(brandId, listingId))).Expect(HttpStatusCode.Created)["caseId"]!;
        var (_, stranger) = grid.NewBrand();

        var answer = await stranger.GetIn("zh-CN", $"/v1/cases/{caseId}");

        Assert.Equal("此密钥只能查看自己的案件。", (string?)answer.ExpectProblem(HttpStatusCode.Forbidden)["detail"]);
    }

    [Fact]
    public async Task UnreadableBody_Is400_InChinese()
    {
        var answer = await grid.Operator.PostIn("zh-CN", "/v1/complaints",
            """{"brandId":"nike","listingId":"L-1","right":{"type":"商标","registrationNumber":"1"},"kind":"counterfeit","evidence":["e"]}""");

        var problem = answer.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal("请求体无效", (string?)problem["title"]);
        Assert.Equal("“$.right.type”处的值必须是以下之一：trademark, copyright, patent, design。", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("tlh")]
    [InlineData("en-US")]
    [InlineData("zh-TW")]
    [InlineData("zh-CN, en")]
    [InlineData("<script>")]
    public async Task HostileComplaintLanguage_Is400_NamingTheField(string language)
    {
        var (brandId, brand, _, _, listingId) = await World();

        var refused = await brand.PostIn("zh-CN", "/v1/complaints", ChineseComplaint(brandId, listingId, language));

        Assert.Equal("language 只能是“en”或“zh-CN”。", (string?)refused.ExpectProblem(HttpStatusCode.BadRequest)["errors"]!["language"]![0]);
        Assert.False((bool)(await grid.Status(listingId))["blocked"]!);
    }

    public static TheoryData<string> AbsurdAcceptLanguages() =>
    [
        "", "*", ",,,;;;", "q=0.5", "zh-CN;q=", "zh-CN;q=abc", "zh-CN;q=2", "zh-CN;q=-1", "zh-CN;q=0.5;q=0.9", ";q=1",
        "zh-CN;level=1;q=0.8", "\"zh-CN\"", "zh_CN", "zh--CN", "-", "en;q=0, zh;q=0", new string('z', 6000),
        string.Join(",", Enumerable.Range(0, 1500).Select(i => $"x{i};q=0.{i % 10}")), "zh-CN\t;\tq=1", "ZH-HANS;Q=1", "i-klingon",
    ];

    [Theory]
    [MemberData(nameof(AbsurdAcceptLanguages))]
    public async Task AbsurdAcceptLanguage_NeverFails_ItAnswersInEnglishOrChinese(string acceptLanguage)
    {
        var caseId = Guid.NewGuid();

        var notFound = await grid.Operator.GetIn(acceptLanguage, $"/v1/cases/{caseId}");
        var invalid = await grid.Operator.PostIn(acceptLanguage, "/v1/complaints", new { brandId = "nike" });

        Assert.Contains((string?)notFound.ExpectProblem(HttpStatusCode.NotFound)["detail"], new[] { $"Case {caseId} does not exist.", $"案件 {caseId} 不存在。" });
        Assert.Contains(notFound.ContentLanguage, new[] { "en", "zh-CN" });
        invalid.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.Equal(notFound.ContentLanguage, invalid.ContentLanguage);
    }

}
