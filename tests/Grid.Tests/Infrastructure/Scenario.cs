using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Grid.Tests.Infrastructure;

/// <summary>The set-up steps most tests share, each through the public HTTP API.</summary>
public static class Scenario
{
    public const string Trademark = "TM-0001";

    public static async Task<JsonNode> RegisterBrand(this GridClusterFixture grid, string brandId, string tier = "standard", params string[] trademarks)
    {
        var rights = (trademarks.Length == 0 ? [Trademark] : trademarks)
            .Select(n => new { type = "trademark", registrationNumber = n }).ToArray();
        return (await grid.Operator.Put($"/v1/brands/{brandId}", new { name = $"Brand {brandId}", rights, tier })).Expect(HttpStatusCode.OK);
    }

    public static async Task<JsonNode> RegisterListing(this GridClusterFixture grid, string listingId, string sellerId, string? brandId = null, string marketplace = "taobao")
    {
        return (await grid.Catalog.Put($"/v1/listings/{listingId}", new { sellerId, marketplace, brandId, title = $"Listing {listingId}" }))
            .Expect(HttpStatusCode.OK);
    }

    public static object Complaint(string brandId, string listingId, string registrationNumber = Trademark, string kind = "counterfeit") => new
    {
        brandId,
        listingId,
        right = new { type = "trademark", registrationNumber },
        kind,
        evidence = new[] { "https://evidence.example/photo-1.jpg", "商标对比: 标识不一致" },
        language = "en",
    };

    public static Task<(HttpStatusCode Status, JsonNode? Body)> FileComplaint(this HttpClient brand, string brandId, string listingId, string? idempotencyKey = null) =>
        brand.Post("/v1/complaints", Complaint(brandId, listingId), idempotencyKey);

    public static async Task<JsonNode> Status(this GridClusterFixture grid, string listingId) =>
        (await grid.Frontend.Get($"/v1/listings/{listingId}/status")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> Seller(this GridClusterFixture grid, string sellerId) =>
        (await grid.Operator.Get($"/v1/sellers/{sellerId}")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> Listing(this GridClusterFixture grid, string listingId) =>
        (await grid.Operator.Get($"/v1/listings/{listingId}")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> Brand(this GridClusterFixture grid, string brandId) =>
        (await grid.Operator.Get($"/v1/brands/{brandId}")).Expect(HttpStatusCode.OK);

    /// <summary>Any case, complaint or flag, as an operator reads it.</summary>
    public static async Task<JsonNode> Case(this GridClusterFixture grid, string caseId) =>
        (await grid.Operator.Get($"/v1/complaints/{caseId}")).Expect(HttpStatusCode.OK);

    public static async Task<JsonNode> DetectorStats(this GridClusterFixture grid, string detector) =>
        (await grid.Detector.Get($"/v1/detectors/{detector}")).Expect(HttpStatusCode.OK);

    /// <summary>An operator's review decision (uphold or reject) on a complaint under review.</summary>
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Decide(this HttpClient caller, string caseId, string decision, string? note = null) =>
        caller.Post($"/v1/complaints/{caseId}/decision", new { decision, note });

    public static Task<(HttpStatusCode Status, JsonNode? Body)> RaiseFlag(this GridClusterFixture grid, string listingId, string detector, double score, string? brandId = null) =>
        grid.Detector.Post("/v1/flags", new { listingId, detector, score, brandId });

    /// <summary>A brand's answer (counterfeit or genuine) to a verification request.</summary>
    public static Task<(HttpStatusCode Status, JsonNode? Body)> Verify(this HttpClient caller, string caseId, string verdict) =>
        caller.Post($"/v1/verifications/{caseId}", new { verdict });

    /// <summary>Asserts an RFC 7807 problem with the given status, and returns it.</summary>
    public static JsonNode ExpectProblem(this (HttpStatusCode Status, JsonNode? Body) response, HttpStatusCode expected)
    {
        var problem = response.Expect(expected);
        Assert.Equal((int)expected, (int?)problem["status"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]), $"A problem needs a title: {problem.ToJsonString()}");
        return problem;
    }

    /// <summary>An operator's review of a complaint under review.</summary>
    public static async Task<JsonNode> Decide(this GridClusterFixture grid, string caseId, string decision) =>
        (await grid.Operator.Post($"/v1/complaints/{caseId}/decision", new { decision, note = $"Reviewed: {decision}" })).Expect(HttpStatusCode.OK);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> RaiseFlag(this HttpClient detector, string listingId, string detectorName, double score, string? idempotencyKey = null) =>
        detector.Post("/v1/flags", new { listingId, detector = detectorName, score }, idempotencyKey);

    /// <summary>One status per id, through the batch endpoint, in the order asked.</summary>
    public static async Task<JsonNode[]> Statuses(this GridClusterFixture grid, IEnumerable<string> listingIds) =>
        [.. (await grid.Frontend.Post("/v1/listings/status:batch", new { listingIds = listingIds.ToArray() }))
            .Expect(HttpStatusCode.OK)["results"]!.AsArray().Select(r => r!)];

    /// <summary>
    /// Sends exactly the bytes given and reads the answer as text, for requests the typed helpers cannot
    /// make (malformed bodies, odd headers) and answers that may not be JSON at all.
    /// </summary>
    public static async Task<RawResponse> SendRaw(this HttpClient http, HttpMethod method, string path, HttpContent? content = null,
        Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        headers?.Invoke(request.Headers);
        using var response = await http.SendAsync(request);
        return new RawResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public static Task<RawResponse> SendRaw(this HttpClient http, HttpMethod method, string path, string jsonBody,
        Action<HttpRequestHeaders>? headers = null) =>
        http.SendRaw(method, path, new StringContent(jsonBody, System.Text.Encoding.UTF8, "application/json"), headers);

    /// <summary>
    /// Writes one HTTP/1.1 request by hand, for what HttpClient will not send as asked (it folds repeated
    /// header lines into one), and reads the status and content type of the answer.
    /// </summary>
    public static async Task<RawResponse> SendLines(this GridClusterFixture grid, string method, string path,
        IEnumerable<(string Name, string Value)> headers, string body = "")
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(grid.BaseAddress.Host, grid.BaseAddress.Port);
        var stream = tcp.GetStream();
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var head = new System.Text.StringBuilder($"{method} {path} HTTP/1.1\r\nHost: {grid.BaseAddress.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers) head.Append($"{name}: {value}\r\n");
        head.Append($"Content-Type: application/json\r\nContent-Length: {bytes.Length}\r\n\r\n");
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(bytes);
        var answer = await new StreamReader(stream).ReadToEndAsync();
        var lines = answer.Split("\r\n");
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1]);
        var contentType = lines.TakeWhile(l => l.Length > 0)
            .FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Split(';')[0].Trim();
        var json = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        // The answer body may come chunked; keep the JSON object inside it.
        var start = json.IndexOf('{');
        return new RawResponse(status, contentType, start < 0 ? "" : json[start..(json.LastIndexOf('}') + 1)]);
    }

    /// <summary>Asserts an RFC 7807 answer with the given status, and returns its body.</summary>
    public static JsonNode ExpectProblem(this RawResponse response, HttpStatusCode expected)
    {
        Assert.True(response.Status == expected, $"Expected {(int)expected} {expected}, got {(int)response.Status}: {response.Body}");
        Assert.Equal("application/problem+json", response.ContentType);
        var body = response.Json!;
        Assert.Equal((int)expected, (int)body["status"]!);
        return body;
    }

    /// <summary>A seller with <paramref name="count"/> listings, all claiming <paramref name="brandId"/>.</summary>
    public static async Task<string[]> SellerWithListings(this GridClusterFixture grid, string sellerId, int count, string? brandId = null)
    {
        var ids = Enumerable.Range(0, count).Select(_ => grid.NewId("listing")).ToArray();
        await Task.WhenAll(ids.Select(id => grid.RegisterListing(id, sellerId, brandId)));
        return ids;
    }
}

/// <summary>An HTTP answer as it came, before anyone assumed it is JSON.</summary>
public sealed record RawResponse(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
