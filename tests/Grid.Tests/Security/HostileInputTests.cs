using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Grid.Tests.Infrastructure;

namespace Grid.Tests.Security;

/// <summary>
/// Bad input -> 400 problem details and nothing changed; no input a caller chooses produces a 5xx.
/// Each test builds a fresh <see cref="World"/> where a valid request to any endpoint would change
/// something visible, then shows the hostile request changed none of it.
/// </summary>
[Collection(GridCollection.Name)]
public sealed partial class HostileInputTests(GridClusterFixture grid)
{
    // Endpoints that take a body. Templates hold placeholders filled per test: {B} good-faith brand,
    // {L} its listing, {S} seller, {D} detector, and {X:n} n letters, {IDS:n} n ids, {RIGHTS:n}, {EVIDENCE:n}.
    private static readonly Dictionary<string, string> ValidBodies = new()
    {
        ["listing"] = """{"sellerId":"{S}","marketplace":"taobao","brandId":null,"title":"Sneakers"}""",
        ["complaint"] = """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["https://evidence.example/1"],"language":"en"}""",
        ["flag"] = """{"listingId":"{L}","detector":"{D}","score":0.99}""",
        ["batch"] = """{"listingIds":["{L}"]}""",
        ["decision"] = """{"decision":"uphold","note":"Looks fake."}""",
        ["verification"] = """{"verdict":"counterfeit"}""",
        ["brand"] = """{"name":"New Brand","rights":[{"type":"trademark","registrationNumber":"TM-0001"}],"tier":"good-faith"}""",
        ["tier"] = """{"tier":"standard","pinned":true}""",
    };

    public static TheoryData<string> BodyEndpoints => [.. ValidBodies.Keys];

    /// <summary>Every endpoint with a body, sent with a declared Content-Length and without one (chunked).</summary>
    public static TheoryData<string, bool> BodyEndpointsAndFraming()
    {
        var rows = new TheoryData<string, bool>();
        foreach (var endpoint in ValidBodies.Keys)
        {
            rows.Add(endpoint, true);
            rows.Add(endpoint, false);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(BodyEndpointsAndFraming))]
    public async Task ValidBody_IsAccepted_SoEveryRejectionBelowIsAboutTheHostilePart(string endpoint, bool declaresLength)
    {
        var world = await NewWorld(endpoint);

        var response = await Send(world, endpoint, Json(Encoding.UTF8.GetBytes(Fill(ValidBodies[endpoint], world)), declaresLength));

        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{endpoint}: {(int)response.Status} {response.Body}");
    }

    public static TheoryData<string, string, string> BadBodies()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (endpoint, template) in ValidBodies)
        {
            foreach (var property in JsonNode.Parse(template)!.AsObject().Select(p => p.Key))
            {
                if (Optional.Contains($"{endpoint}.{property}")) continue;
                var body = JsonNode.Parse(template)!.AsObject();
                body.Remove(property);
                rows.Add(endpoint, $"missing {property}", body.ToJsonString());
            }
            rows.Add(endpoint, "malformed JSON", template[..(template.Length / 2)]);
            rows.Add(endpoint, "trailing garbage", template + "}");
            rows.Add(endpoint, "JSON null", "null");
            rows.Add(endpoint, "array instead of object", "[" + template + "]");
            rows.Add(endpoint, "empty array", "[]");
            rows.Add(endpoint, "string instead of object", "\"text\"");
            rows.Add(endpoint, "number instead of object", "42");
            rows.Add(endpoint, "empty object", "{}");
            rows.Add(endpoint, "empty body", "");
            rows.Add(endpoint, "single quotes", template.Replace('"', '\''));
        }
        foreach (var (endpoint, why, body) in SpecificBadBodies) rows.Add(endpoint, why, body);
        return rows;
    }

    private static readonly HashSet<string> Optional = ["listing.brandId", "decision.note", "complaint.language"];

    private static readonly (string Endpoint, string Why, string Body)[] SpecificBadBodies =
    [
        ("listing", "sellerId is a number", """{"sellerId":3,"marketplace":"taobao","title":"t"}"""),
        ("listing", "title is an array", """{"sellerId":"{S}","marketplace":"taobao","title":["t"]}"""),
        ("listing", "marketplace not a slug", """{"sellerId":"{S}","marketplace":"Tao Bao!","title":"t"}"""),
        ("listing", "sellerId 129 chars", """{"sellerId":"{X:129}","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId with NUL", """{"sellerId":"{S}\u0000","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId with newline", """{"sellerId":"{S}\nx","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId with ESC", """{"sellerId":"\u001b[31m{S}","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId lone high surrogate", """{"sellerId":"{S}\ud800","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId lone low surrogate", """{"sellerId":"\udc00{S}","marketplace":"taobao","title":"t"}"""),
        ("listing", "sellerId padded", """{"sellerId":" {S}","marketplace":"taobao","title":"t"}"""),
        ("listing", "title with NUL", """{"sellerId":"{S}","marketplace":"taobao","title":"a\u0000b"}"""),
        ("listing", "title 513 chars", """{"sellerId":"{S}","marketplace":"taobao","title":"{X:513}"}"""),
        ("listing", "brandId 129 chars", """{"sellerId":"{S}","marketplace":"taobao","brandId":"{X:129}","title":"t"}"""),
        ("listing", "brandId empty", """{"sellerId":"{S}","marketplace":"taobao","brandId":"","title":"t"}"""),
        ("listing", "raw control character in string", "{\"sellerId\":\"{S}\",\"marketplace\":\"taobao\",\"title\":\"a\u0001b\"}"),

        ("complaint", "kind is a number", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":3,"evidence":["e"],"language":"en"}"""),
        ("complaint", "kind is a numeric string", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"3","evidence":["e"],"language":"en"}"""),
        ("complaint", "kind unknown", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"fake","evidence":["e"],"language":"en"}"""),
        ("complaint", "kind empty", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"","evidence":["e"],"language":"en"}"""),
        ("complaint", "kind null", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":null,"evidence":["e"],"language":"en"}"""),
        ("complaint", "kind two values joined", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"trademark, copyright","evidence":["e"],"language":"en"}"""),
        ("complaint", "kind joined to no value", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"patent, design","evidence":["e"],"language":"en"}"""),
        ("complaint", "language unknown", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"fr"}"""),
        ("complaint", "language is a number", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":1}"""),
        ("complaint", "language klingon", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"klingon"}"""),
        ("complaint", "language empty", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":""}"""),
        ("complaint", "language traditional Chinese", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"zh-TW"}"""),
        ("complaint", "language with a quality", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"zh-CN;q=0.9"}"""),
        ("complaint", "language is an array", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":["zh-CN"]}"""),
        ("complaint", "language 5000 chars", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"{X:5000}"}"""),
        ("complaint", "right type unknown", """{"brandId":"{B}","listingId":"{L}","right":{"type":"gold","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "right type missing", """{"brandId":"{B}","listingId":"{L}","right":{"registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "right number missing", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "right number 129 chars", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"{X:129}"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "right is a string", """{"brandId":"{B}","listingId":"{L}","right":"TM-0001","kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "right is null", """{"brandId":"{B}","listingId":"{L}","right":null,"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "evidence empty", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":[],"language":"en"}"""),
        ("complaint", "evidence is a string", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":"e","language":"en"}"""),
        ("complaint", "evidence holds null", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":[null],"language":"en"}"""),
        ("complaint", "evidence holds a number", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":[1],"language":"en"}"""),
        ("complaint", "evidence with NUL", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["a\u0000"],"language":"en"}"""),
        ("complaint", "evidence lone surrogate", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["a\udfffb"],"language":"en"}"""),
        ("complaint", "21 evidence items", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":[{EVIDENCE:21}],"language":"en"}"""),
        ("complaint", "evidence item 2049 chars", """{"brandId":"{B}","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["{X:2049}"],"language":"en"}"""),
        ("complaint", "listingId 129 chars", """{"brandId":"{B}","listingId":"{X:129}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "listingId with NUL", """{"brandId":"{B}","listingId":"{L}\u0000","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "listingId with newline", """{"brandId":"{B}","listingId":"{L}\n","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "listingId with ESC", """{"brandId":"{B}","listingId":"\u001b{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "listingId lone surrogate", """{"brandId":"{B}","listingId":"{L}\ud83d","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "listingId is an object", """{"brandId":"{B}","listingId":{"id":"{L}"},"right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "brandId is a number", """{"brandId":5,"listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),
        ("complaint", "brandId with control character", """{"brandId":"{B}\u0007","listingId":"{L}","right":{"type":"trademark","registrationNumber":"TM-0001"},"kind":"counterfeit","evidence":["e"],"language":"en"}"""),

        ("flag", "score is text", """{"listingId":"{L}","detector":"{D}","score":"high"}"""),
        ("flag", "score is a numeric string", """{"listingId":"{L}","detector":"{D}","score":"0.99"}"""),
        ("flag", "score below 0", """{"listingId":"{L}","detector":"{D}","score":-1}"""),
        ("flag", "score just below 0", """{"listingId":"{L}","detector":"{D}","score":-0.0001}"""),
        ("flag", "score above 1", """{"listingId":"{L}","detector":"{D}","score":1.0001}"""),
        ("flag", "score 1e400", """{"listingId":"{L}","detector":"{D}","score":1e400}"""),
        ("flag", "score -1e400", """{"listingId":"{L}","detector":"{D}","score":-1e400}"""),
        ("flag", "score NaN", """{"listingId":"{L}","detector":"{D}","score":NaN}"""),
        ("flag", "score NaN as text", """{"listingId":"{L}","detector":"{D}","score":"NaN"}"""),
        ("flag", "score Infinity as text", """{"listingId":"{L}","detector":"{D}","score":"Infinity"}"""),
        ("flag", "score null", """{"listingId":"{L}","detector":"{D}","score":null}"""),
        ("flag", "score true", """{"listingId":"{L}","detector":"{D}","score":true}"""),
        ("flag", "score is an array", """{"listingId":"{L}","detector":"{D}","score":[0.99]}"""),
        ("flag", "detector 129 chars", """{"listingId":"{L}","detector":"{X:129}","score":0.99}"""),
        ("flag", "detector with NUL", """{"listingId":"{L}","detector":"{D}\u0000","score":0.99}"""),
        ("flag", "detector lone surrogate", """{"listingId":"{L}","detector":"\ud800{D}","score":0.99}"""),
        ("flag", "detector blank", """{"listingId":"{L}","detector":"   ","score":0.99}"""),
        ("flag", "listingId with newline", """{"listingId":"{L}\n","detector":"{D}","score":0.99}"""),
        ("flag", "listingId with ESC", """{"listingId":"{L}\u001b","detector":"{D}","score":0.99}"""),
        ("flag", "brandId 129 chars", """{"listingId":"{L}","detector":"{D}","score":0.99,"brandId":"{X:129}"}"""),
        ("flag", "brandId is a number", """{"listingId":"{L}","detector":"{D}","score":0.99,"brandId":5}"""),
        ("flag", "brandId empty", """{"listingId":"{L}","detector":"{D}","score":0.99,"brandId":""}"""),

        ("batch", "no ids", """{"listingIds":[]}"""),
        ("batch", "501 ids", """{"listingIds":[{IDS:501}]}"""),
        ("batch", "ids is a string", """{"listingIds":"{L}"}"""),
        ("batch", "ids is an object", """{"listingIds":{"0":"{L}"}}"""),
        ("batch", "id is a number", """{"listingIds":[1]}"""),
        ("batch", "id is null", """{"listingIds":["{L}",null]}"""),
        ("batch", "id 129 chars", """{"listingIds":["{L}","{X:129}"]}"""),
        ("batch", "id with NUL", """{"listingIds":["{L}\u0000"]}"""),
        ("batch", "id with newline", """{"listingIds":["\n"]}"""),
        ("batch", "id lone surrogate", """{"listingIds":["\udbff"]}"""),

        ("decision", "decision unknown", """{"decision":"maybe"}"""),
        ("decision", "decision is a number", """{"decision":0}"""),
        ("decision", "decision two values joined", """{"decision":"uphold, reject"}"""),
        ("decision", "decision null", """{"decision":null}"""),
        ("decision", "note is a number", """{"decision":"uphold","note":5}"""),
        ("decision", "note 2001 chars", """{"decision":"uphold","note":"{X:2001}"}"""),
        ("decision", "note with NUL", """{"decision":"uphold","note":"ok\u0000"}"""),
        ("decision", "note lone surrogate", """{"decision":"uphold","note":"\ud800"}"""),

        ("verification", "verdict unknown", """{"verdict":"fake"}"""),
        ("verification", "verdict is a number", """{"verdict":1}"""),
        ("verification", "verdict two values joined", """{"verdict":"counterfeit, genuine"}"""),
        ("verification", "verdict null", """{"verdict":null}"""),
        ("verification", "verdict is an object", """{"verdict":{"value":"counterfeit"}}"""),

        ("brand", "tier unknown", """{"name":"N","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"gold"}"""),
        ("brand", "tier is a number", """{"name":"N","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":1}"""),
        ("brand", "tier two values joined", """{"name":"N","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"standard, good-faith"}"""),
        ("brand", "name 201 chars", """{"name":"{X:201}","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "name with ESC", """{"name":"\u001b[2J","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "name lone surrogate", """{"name":"\udc00","rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "name is a number", """{"name":5,"rights":[{"type":"trademark","registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "no rights", """{"name":"N","rights":[],"tier":"standard"}"""),
        ("brand", "right is null", """{"name":"N","rights":[null],"tier":"standard"}"""),
        ("brand", "rights is a string", """{"name":"N","rights":"TM-1","tier":"standard"}"""),
        ("brand", "right type unknown", """{"name":"N","rights":[{"type":"fake","registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "right type is a number", """{"name":"N","rights":[{"type":0,"registrationNumber":"TM-1"}],"tier":"standard"}"""),
        ("brand", "right number 129 chars", """{"name":"N","rights":[{"type":"trademark","registrationNumber":"{X:129}"}],"tier":"standard"}"""),
        ("brand", "right number with newline", """{"name":"N","rights":[{"type":"trademark","registrationNumber":"TM\n1"}],"tier":"standard"}"""),
        ("brand", "201 rights", """{"name":"N","rights":[{RIGHTS:201}],"tier":"standard"}"""),

        ("tier", "tier unknown", """{"tier":"gold","pinned":true}"""),
        ("tier", "tier is a number", """{"tier":0,"pinned":true}"""),
        ("tier", "tier null", """{"tier":null,"pinned":true}"""),
        ("tier", "tier two values joined", """{"tier":"standard, good-faith","pinned":true}"""),
        ("tier", "pinned is a string", """{"tier":"standard","pinned":"true"}"""),
        ("tier", "pinned is a number", """{"tier":"standard","pinned":1}"""),
        ("tier", "pinned null", """{"tier":"standard","pinned":null}"""),
        ("tier", "pinned is an array", """{"tier":"standard","pinned":[true]}"""),
    ];

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBody_Is400ProblemDetails_AndChangesNothing(string endpoint, string why, string body)
    {
        var world = await NewWorld(endpoint);

        var response = await Send(world, endpoint, Fill(body, world));

        var problem = response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]), why);
        await AssertNothingChanged(world);
    }

    /// <summary>path (with {id}), the id as it travels in the URL, and whether Kestrel lets it reach the Grid at all.</summary>
    public static TheoryData<string, string, bool> BadIdsInPaths()
    {
        string[] paths =
        [
            "PUT /v1/listings/{id}", "GET /v1/listings/{id}/status", "GET /v1/listings/{id}", "GET /v1/sellers/{id}",
            "PUT /v1/brands/{id}", "GET /v1/brands/{id}", "GET /v1/brands/{id}/events", "GET /v1/detectors/{id}",
            "PUT /v1/brands/{id}/tier", "GET /v1/brands/{id}/scorecard",
        ];
        (string Id, bool ReachesApp)[] ids =
        [
            ("{X:129}", true), ("abc%0A", true), ("a%0Db", true), ("a%1Bb", true), ("a%7Fb", true), ("a%09b", true),
            ("%20leading", true), ("trailing%20", true), ("%C2%85next-line", true), ("%00abc", false),
        ];
        var rows = new TheoryData<string, string, bool>();
        foreach (var path in paths)
            foreach (var (id, reachesApp) in ids) rows.Add(path, id, reachesApp);
        return rows;
    }

    [Theory]
    [MemberData(nameof(BadIdsInPaths))]
    public async Task BadIdInPath_Is400_AndChangesNothing(string route, string encodedId, bool reachesApp)
    {
        var world = await NewWorld();
        var (method, path) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
        var caller = route switch
        {
            "PUT /v1/listings/{id}" => grid.Catalog,
            "GET /v1/listings/{id}/status" => grid.Frontend,
            "GET /v1/detectors/{id}" => grid.Detector,
            _ => grid.Operator,
        };
        var body = method != "PUT" ? null
            : new StringContent(Fill(ValidBodies[path.StartsWith("/v1/listings") ? "listing" : path.EndsWith("/tier") ? "tier" : "brand"], world),
                Encoding.UTF8, "application/json");

        var response = await caller.SendRaw(new HttpMethod(method), path.Replace("{id}", Fill(encodedId, world)), body);

        if (reachesApp) response.ExpectProblem(HttpStatusCode.BadRequest);
        else Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        await AssertNothingChanged(world);
    }

    public static TheoryData<string, string> NonUuidCaseIds()
    {
        var rows = new TheoryData<string, string>();
        foreach (var route in new[] { "GET /v1/complaints/{id}", "POST /v1/complaints/{id}/decision", "POST /v1/verifications/{id}" })
            foreach (var id in new[] { "not-a-uuid", "12345", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "{X:129}", "a%0Ab", "%20" })
                rows.Add(route, id);
        return rows;
    }

    [Theory]
    [MemberData(nameof(NonUuidCaseIds))]
    public async Task CaseIdThatIsNotAUuid_Is400ProblemDetails(string route, string encodedId)
    {
        var (method, path) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
        var world = await NewWorld(path.StartsWith("/v1/verifications") ? "verification" : null);
        var caller = path.StartsWith("/v1/verifications") ? world.Brand! : grid.Operator;
        var body = method != "POST" ? null
            : new StringContent(ValidBodies[path.StartsWith("/v1/verifications") ? "verification" : "decision"], Encoding.UTF8, "application/json");

        var response = await caller.SendRaw(new HttpMethod(method), path.Replace("{id}", Fill(encodedId, world)), body);

        response.ExpectProblem(HttpStatusCode.BadRequest);
        await AssertNothingChanged(world);
    }

    [Theory]
    [InlineData("{X:129}")]
    [InlineData("")]
    public async Task BadIdempotencyKey_Is400ProblemDetails_AndChangesNothing(string key)
    {
        var world = await NewWorld("complaint");

        var response = await world.Brand!.SendRaw(HttpMethod.Post, "/v1/complaints", Fill(ValidBodies["complaint"], world),
            h => h.TryAddWithoutValidation("Idempotency-Key", Fill(key, world)));

        response.ExpectProblem(HttpStatusCode.BadRequest);
        await AssertNothingChanged(world);
    }

    [Fact]
    public async Task TwoIdempotencyKeyHeaders_Are400ProblemDetails_AndChangeNothing()
    {
        var world = await NewWorld("complaint");

        var response = await grid.SendLines("POST", "/v1/complaints",
            [("X-Api-Key", KeyOf(world.Brand!)), ("Idempotency-Key", "first-key"), ("Idempotency-Key", "second-key")],
            Fill(ValidBodies["complaint"], world));

        response.ExpectProblem(HttpStatusCode.BadRequest);
        await AssertNothingChanged(world);
    }

    /// <summary>A valid request padded past 64 KiB: if the limit were not enforced, it would change the world.</summary>
    [Theory]
    [MemberData(nameof(BodyEndpointsAndFraming))]
    public async Task BodyOver64KiB_Is400ProblemDetails_AndChangesNothing(string endpoint, bool declaresLength)
    {
        var world = await NewWorld(endpoint);
        var padded = JsonNode.Parse(Fill(ValidBodies[endpoint], world))!.AsObject();
        padded["padding"] = new string('x', 64 * 1024);

        // Send uses a fresh connection: the server closes one whose oversized body it refused to read.
        var response = await Send(world, endpoint, Json(Encoding.UTF8.GetBytes(padded.ToJsonString()), declaresLength));

        response.ExpectProblem(HttpStatusCode.BadRequest);
        await AssertNothingChanged(world);
    }

    public static TheoryData<string, string> CharsetsOtherThanUtf8()
    {
        var rows = new TheoryData<string, string>();
        foreach (var endpoint in ValidBodies.Keys)
            foreach (var charset in new[] { "nonsense", "\"\"", "utf-7", "utf-16" }) rows.Add(endpoint, charset);
        return rows;
    }

    [Theory]
    [MemberData(nameof(CharsetsOtherThanUtf8))]
    public async Task BodyInACharsetOtherThanUtf8_Is400ProblemDetails_AndChangesNothing(string endpoint, string charset)
    {
        var world = await NewWorld(endpoint);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(ValidBodies[endpoint], world)));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await Send(world, endpoint, content);

        response.ExpectProblem(HttpStatusCode.BadRequest);
        await AssertNothingChanged(world);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF-8")]
    [InlineData("\"utf-8\"")]
    public async Task BodyInUtf8_IsAccepted_HoweverTheCharsetIsSpelled(string charset)
    {
        var world = await NewWorld("complaint");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(ValidBodies["complaint"], world)));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await Send(world, "complaint", content);

        Assert.True(response.Status == HttpStatusCode.Created, $"{(int)response.Status} {response.Body}");
        Assert.True((bool)(await grid.Status(world.ListingId))["blocked"]!);
    }

    [Fact]
    public async Task IdsOfExactly128Characters_AreAccepted()
    {
        var sellerId = grid.NewId("seller");
        var listingId = Exactly128(grid.NewId("listing"));
        var brandId = Exactly128(grid.NewId("brand"));
        var detector = Exactly128(grid.NewId("detector"));

        var brand = (await grid.Operator.Put($"/v1/brands/{brandId}", new
        {
            name = "Long Id Brand", tier = "standard",
            rights = new[] { new { type = "trademark", registrationNumber = Exactly128("TM-") } },
        })).Expect(HttpStatusCode.OK);
        var listing = await grid.RegisterListing(listingId, sellerId, brandId);
        var flag = (await grid.Detector.RaiseFlag(listingId, detector, 0.99)).Expect(HttpStatusCode.OK);

        Assert.Equal(brandId, (string?)brand["brandId"]);
        Assert.Equal(listingId, (string?)listing["listingId"]);
        Assert.Equal("taken-down", (string?)flag["outcome"]);
        var status = await grid.Status(listingId);
        Assert.Equal(listingId, (string?)status["listingId"]);
        Assert.True((bool)status["blocked"]!);
    }

    [Theory]
    [InlineData(0.0, "recorded")]
    [InlineData(1.0, "taken-down")]
    public async Task ScoresAtTheBoundsOfZeroToOne_AreAccepted(double score, string outcome)
    {
        var sellerId = grid.NewId("seller");
        var listingId = grid.NewId("listing");
        await grid.RegisterListing(listingId, sellerId);

        var flag = (await grid.Detector.RaiseFlag(listingId, grid.NewId("detector"), score)).Expect(HttpStatusCode.OK);

        Assert.Equal(outcome, (string?)flag["outcome"]);
    }

    /// <summary>
    /// A few hundred mutations of a valid body per endpoint, from a fixed seed so a failure replays:
    /// whatever the caller sends, the answer is never a 5xx.
    /// </summary>
    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task FuzzedBodies_NeverGetA5xx(string endpoint)
    {
        var world = await NewWorld(endpoint);
        var random = new Random(20261124 + endpoint.Length * 31 + endpoint[0]);
        var valid = Fill(ValidBodies[endpoint], world);
        var bodies = Enumerable.Range(0, 300).Select(_ => (Bytes: Fuzz.Mutate(valid, random), Type: Fuzz.ContentType(random))).ToArray();
        var route = Route(world, endpoint);

        var failures = new List<string>();
        var statuses = new HashSet<int>();
        foreach (var batch in bodies.Chunk(25))
        {
            var answers = await Task.WhenAll(batch.Select(async body =>
            {
                var content = new ByteArrayContent(body.Bytes);
                content.Headers.TryAddWithoutValidation("Content-Type", body.Type);
                return (body.Bytes, body.Type, Response: await Send(route, content));
            }));
            statuses.UnionWith(answers.Select(a => (int)a.Response.Status));
            failures.AddRange(answers.Where(a => (int)a.Response.Status >= 500)
                .Select(a => $"{(int)a.Response.Status} for '{a.Type}' {Encoding.UTF8.GetString(a.Bytes)}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {bodies.Length} {endpoint} bodies got a 5xx:\n{string.Join("\n", failures.Take(10))}");
        // The mutations reach past the parser: some still pass, most are refused.
        Assert.Contains(statuses, s => s is 200 or 201);
        Assert.Contains(400, statuses);
    }

    /// <summary>
    /// A good-faith brand's listing (a valid complaint or flag would take it down), a verification request
    /// to that brand, a standard brand's case under review, an unregistered listing id and an unregistered brand id.
    /// The fixture mints a limited number of brand keys, so the good-faith brand holds one only when the
    /// test speaks as that brand (complaints, verification answers).
    /// </summary>
    private sealed record World(
        string BrandId, HttpClient? Brand, string SellerId, string ListingId, string Detector, string NewListingId, string NewBrandId,
        string ReviewListingId, string ReviewCaseId, string VerifyListingId, string VerifyCaseId);

    private async Task<World> NewWorld(string? speaksAs = null)
    {
        var (brandId, brand) = speaksAs is "complaint" or "verification" ? grid.NewBrand() : (grid.NewId("brand"), null);
        var (reviewBrandId, sellerId) = (grid.NewId("brand"), grid.NewId("seller"));
        await grid.RegisterBrand(brandId, "good-faith");
        await grid.RegisterBrand(reviewBrandId);
        var (listingId, reviewListingId, verifyListingId) = (grid.NewId("listing"), grid.NewId("listing"), grid.NewId("listing"));
        await grid.RegisterListing(listingId, sellerId, brandId);
        await grid.RegisterListing(reviewListingId, sellerId, reviewBrandId);
        await grid.RegisterListing(verifyListingId, sellerId, brandId);
        var reviewCase = (await grid.Operator.FileComplaint(reviewBrandId, reviewListingId)).Expect(HttpStatusCode.Created);
        var verifyCase = (await grid.Detector.RaiseFlag(verifyListingId, grid.NewId("detector"), 0.8)).Expect(HttpStatusCode.OK);
        Assert.Equal("verification-requested", (string?)verifyCase["outcome"]);
        return new World(brandId, brand, sellerId, listingId, grid.NewId("detector"), grid.NewId("listing"), grid.NewId("brand"),
            reviewListingId, (string)reviewCase["caseId"]!, verifyListingId, (string)verifyCase["caseId"]!);
    }

    /// <summary>Whatever endpoint the hostile request went to, every valid request would have changed one of these.</summary>
    private async Task AssertNothingChanged(World world)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await grid.Operator.Get($"/v1/listings/{world.NewListingId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await grid.Operator.Get($"/v1/brands/{world.NewBrandId}")).Status);
        var seller = await grid.Seller(world.SellerId);
        Assert.Equal(0, (int)seller["activeStrikes"]!);
        Assert.Equal(3, (int)seller["listingCount"]!);
        Assert.All(await grid.Statuses([world.ListingId, world.ReviewListingId, world.VerifyListingId]),
            s => Assert.False((bool)s["blocked"]!));
        var listing = await grid.Listing(world.ListingId);
        Assert.Empty(listing["notices"]!.AsArray());
        Assert.Equal("taobao", (string?)listing["marketplace"]);
        var brand = await grid.Brand(world.BrandId);
        Assert.Equal(0, (int)brand["accuracy"]!["upheld"]!);
        Assert.Equal("good-faith", (string?)brand["tier"]);
        Assert.False((bool)brand["tierPinned"]!);
        Assert.Equal(0, (int)(await grid.Detector.Get($"/v1/detectors/{world.Detector}")).Expect(HttpStatusCode.OK)["flags"]!);
        Assert.Equal("under-review", (string?)(await grid.Case(world.ReviewCaseId))["status"]);
        Assert.Equal("verification-requested", (string?)(await grid.Case(world.VerifyCaseId))["status"]);
    }

    private Task<RawResponse> Send(World world, string endpoint, string body) =>
        Send(world, endpoint, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Sends to the endpoint as the caller allowed to use it, on a client of its own (so on a fresh connection).</summary>
    private Task<RawResponse> Send(World world, string endpoint, HttpContent content) => Send(Route(world, endpoint), content);

    private static Task<RawResponse> Send((HttpClient Client, HttpMethod Method, string Path) route, HttpContent content) =>
        route.Client.SendRaw(route.Method, route.Path, content);

    private (HttpClient Client, HttpMethod Method, string Path) Route(World world, string endpoint) => endpoint switch
    {
        "listing" => (grid.Catalog, HttpMethod.Put, $"/v1/listings/{world.NewListingId}"),
        "complaint" => (grid.Http(KeyOf(world.Brand!)), HttpMethod.Post, "/v1/complaints"),
        "flag" => (grid.Detector, HttpMethod.Post, "/v1/flags"),
        "batch" => (grid.Frontend, HttpMethod.Post, "/v1/listings/status:batch"),
        "decision" => (grid.Operator, HttpMethod.Post, $"/v1/complaints/{world.ReviewCaseId}/decision"),
        "verification" => (grid.Http(KeyOf(world.Brand!)), HttpMethod.Post, $"/v1/verifications/{world.VerifyCaseId}"),
        "brand" => (grid.Operator, HttpMethod.Put, $"/v1/brands/{world.NewBrandId}"),
        "tier" => (grid.Operator, HttpMethod.Put, $"/v1/brands/{world.BrandId}/tier"),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    private static string KeyOf(HttpClient http) => http.DefaultRequestHeaders.GetValues("X-Api-Key").Single();

    private string Fill(string template, World world)
    {
        var filled = template
            .Replace("{B}", world.BrandId).Replace("{L}", world.ListingId).Replace("{S}", world.SellerId).Replace("{D}", world.Detector);
        return Expansion().Replace(filled, m =>
        {
            var n = int.Parse(m.Groups[2].Value);
            return m.Groups[1].Value switch
            {
                "X" => new string('x', n),
                "IDS" => string.Join(",", Enumerable.Range(0, n).Select(i => $"\"{world.ListingId}-{i}\"")),
                "RIGHTS" => string.Join(",", Enumerable.Range(0, n).Select(i => $$"""{"type":"trademark","registrationNumber":"TM-{{i}}"}""")),
                "EVIDENCE" => string.Join(",", Enumerable.Range(0, n).Select(i => $"\"https://evidence.example/{i}\"")),
                _ => throw new ArgumentOutOfRangeException(nameof(template)),
            };
        });
    }

    [GeneratedRegex(@"\{(X|IDS|RIGHTS|EVIDENCE):(\d+)\}")]
    private static partial Regex Expansion();

    private static HttpContent Json(byte[] bytes, bool declaresLength)
    {
        HttpContent content = declaresLength ? new ByteArrayContent(bytes) : new UndeclaredLengthContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Exactly128(string prefix) => prefix + new string('z', 128 - prefix.Length);

    /// <summary>A body sent without Content-Length (chunked), so only reading it shows how big it is.</summary>
    private sealed class UndeclaredLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Structure-aware and byte-level mutations of a JSON body.</summary>
    private static class Fuzz
    {
        private static readonly string[] WireWords =
            ["counterfeit", "trademark", "copyright", "patent", "design", "en", "zh", "standard", "good-faith", "uphold", "reject", "genuine"];

        private static readonly Func<Random, JsonNode?>[] Values =
        [
            _ => null, _ => true, _ => false, _ => 0, _ => -1, _ => 1.0001, _ => double.MaxValue, _ => long.MinValue,
            _ => JsonNode.Parse("1e400"), _ => JsonNode.Parse("-0"), _ => JsonNode.Parse("123456789012345678901234567890"),
            _ => "", _ => " ", _ => "\u0000", _ => "\n", _ => "\u001b[0m", _ => "\ud800", _ => "\udc00x", _ => "😀", _ => "\u202e",
            _ => new string('x', 129), _ => new string('y', 5000), _ => "fake", _ => "good-faith", _ => "taken-down",
            _ => "uphold", _ => "counterfeit", _ => "trademark, copyright", _ => "patent, design", _ => "counterfeit, genuine",
            _ => "standard, good-faith", _ => "en, zh", _ => "Trademark", _ => "zh", _ => "3", _ => "NaN", _ => "%00",
            r => RandomGuid(r), r => new string((char)r.Next(0, 0x10000), r.Next(1, 4)),
            r => $"{WireWords[r.Next(WireWords.Length)]}, {WireWords[r.Next(WireWords.Length)]}",
            _ => new JsonArray(), _ => new JsonArray((JsonNode?)null), _ => new JsonArray(1, "a", true),
            _ => new JsonArray(Enumerable.Range(0, 600).Select(i => (JsonNode?)$"id-{i}").ToArray()),
            _ => new JsonObject(), _ => new JsonObject { ["type"] = "trademark" },
            _ => new JsonObject { ["type"] = "patent, design", ["registrationNumber"] = "\u0000" },
        ];

        private static readonly string[] OddContentTypes =
        [
            "application/json; charset=nonsense", "application/json; charset=utf-16", "application/json; charset=\"utf-8\"",
            "application/json; charset=", "application/json;;", "text/plain", "application/problem+json", "application/*", "",
        ];

        /// <summary>Mostly plain JSON; now and then a content type a client should not send.</summary>
        public static string ContentType(Random random) =>
            random.Next(10) == 0 ? OddContentTypes[random.Next(OddContentTypes.Length)] : "application/json";

        public static byte[] Mutate(string valid, Random random)
        {
            var text = valid;
            for (var round = random.Next(1, 4); round > 0; round--)
                text = random.Next(10) < 7 ? Structural(text, random) : text;
            var bytes = Encoding.UTF8.GetBytes(text);
            return random.Next(10) < 3 ? Bytes(bytes, random) : bytes;
        }

        private static string RandomGuid(Random random)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }

        private static string Structural(string text, Random random)
        {
            JsonNode? root;
            try { root = JsonNode.Parse(text); }
            catch (System.Text.Json.JsonException) { return text; }
            if (root is null) return text;
            var slots = new List<(JsonNode Parent, object Key)>();
            Collect(root, slots);
            switch (random.Next(6))
            {
                case 0 or 1 when slots.Count > 0:
                    var (parent, key) = slots[random.Next(slots.Count)];
                    var current = key is string name ? parent.AsObject()[name] : parent.AsArray()[(int)key];
                    var value = random.Next(2) == 0 ? Values[random.Next(Values.Length)](random) : Derive(current, random);
                    if (key is string property) parent.AsObject()[property] = value;
                    else parent.AsArray()[(int)key] = value;
                    break;
                case 2 when slots.Count > 0:
                    var (from, at) = slots[random.Next(slots.Count)];
                    if (at is string gone) from.AsObject().Remove(gone);
                    else from.AsArray().RemoveAt((int)at);
                    break;
                case 3 when root is JsonObject o:
                    o[random.Next(3) == 0 ? "" : $"extra{random.Next(100)}"] = Values[random.Next(Values.Length)](random);
                    break;
                case 4:
                    root = random.Next(2) == 0 ? new JsonArray(root) : Nest(root, random.Next(2, 200));
                    break;
                default:
                    return text.Replace("\"", random.Next(2) == 0 ? "'" : "\"\"", StringComparison.Ordinal);
            }
            try { return root.ToJsonString(); }
            catch (ArgumentException) { return text; }
        }

        /// <summary>A near miss of the value that was there: the kind of input lenient parsing lets through.</summary>
        private static JsonNode? Derive(JsonNode? current, Random random)
        {
            if (current is JsonValue v && v.TryGetValue<string>(out var s))
            {
                string[] nearMisses =
                [
                    $"{s}, {WireWords[random.Next(WireWords.Length)]}", $"{s},{s}", s.ToUpperInvariant(), " " + s, s + " ",
                    s + "\u0000", s + "\ud800", "\udc00" + s, s + new string('x', 129 - Math.Min(s.Length, 128)), "", s[..(s.Length / 2)], s + "\n",
                ];
                return nearMisses[random.Next(nearMisses.Length)];
            }
            if (current is JsonValue n && n.TryGetValue<double>(out var d))
            {
                JsonNode?[] nearMisses = [-d, d + 1e-4, d * 1e300, d.ToString(System.Globalization.CultureInfo.InvariantCulture), JsonNode.Parse("1e400"), -d - 1e-4];
                return nearMisses[random.Next(nearMisses.Length)];
            }
            return Values[random.Next(Values.Length)](random);
        }

        private static JsonNode Nest(JsonNode root, int depth)
        {
            for (var i = 0; i < depth; i++) root = new JsonObject { ["a"] = root };
            return root;
        }

        private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> slots)
        {
            if (node is JsonObject o)
            {
                foreach (var (name, child) in o.ToList())
                {
                    slots.Add((o, name));
                    if (child is not null) Collect(child, slots);
                }
            }
            else if (node is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i));
                    if (a[i] is { } child) Collect(child, slots);
                }
            }
        }

        private static byte[] Bytes(byte[] bytes, Random random)
        {
            var list = bytes.ToList();
            switch (random.Next(4))
            {
                case 0: return [.. list.Take(random.Next(list.Count + 1))];
                case 1:
                    byte[] odd = [0x00, 0xC0, 0xC3, 0xED, 0xFF, 0xFE, (byte)'\\', (byte)'"', (byte)'{', (byte)']'];
                    list.Insert(random.Next(list.Count + 1), odd[random.Next(odd.Length)]);
                    return [.. list];
                case 2:
                    if (list.Count == 0) return [];
                    var start = random.Next(list.Count);
                    list.RemoveRange(start, random.Next(1, Math.Min(8, list.Count - start) + 1));
                    return [.. list];
                default:
                    if (list.Count == 0) return [];
                    list[random.Next(list.Count)] = (byte)random.Next(256);
                    return [.. list];
            }
        }
    }
}
