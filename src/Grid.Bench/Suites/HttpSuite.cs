using System.Net.Http.Headers;
using System.Text.Json;
using Grid.Bench.Hosting;
using Grid.Bench.Load;
using Grid.Bench.Measure;

namespace Grid.Bench.Suites;

/// <summary>
/// The front end's status checks over loopback HTTP against the real API (key check, routing, JSON), from the
/// in-repo load generator, beside a constant-JSON endpoint on the same Kestrel host; a paced run at half the
/// round's peak, for the latency a front end sees when the API is not saturated; and, when wrk is installed,
/// the two GETs again from wrk.
/// </summary>
public sealed class HttpSuite(BenchRig rig, StatusCatalog catalog, BenchOptions options)
{
    public const string Constant = "http-constant";
    public const string Status = "http-status";
    public const string Batch = "http-batch100";
    public const string HalfPeak = "http-status-half-peak";
    public const string WrkConstant = "wrk-constant";
    public const string WrkStatus = "wrk-status";
    private const int BatchSize = 100;

    private double peak;

    public Task<IReadOnlyList<Figure>> RunAsync()
    {
        var http = rig.Http(BenchRig.FrontendKey, options.HttpCallers);
        var constant = new Uri(rig.Address, BenchEndpoints.ConstantPath);
        var status = catalog.Ids.Select(id => new Uri(rig.Address, $"/v1/listings/{id}/status")).ToArray();
        var batchUri = new Uri(rig.Address, "/v1/listings/status:batch");
        var bodies = Enumerable.Range(0, 64).Select(b => JsonSerializer.SerializeToUtf8Bytes(new
        {
            listingIds = Enumerable.Range(b * BatchSize, BatchSize).Select(k => catalog.Ids[k % catalog.Ids.Length]).ToArray(),
        })).ToArray();
        var time = options.RunTime;
        var callers = options.HttpCallers;

        var wrk = Wrk.Find();
        var statusScript = wrk is null ? null : Wrk.Script([.. catalog.Ids.Select(id => $"/v1/listings/{id}/status")]);
        var constantScript = wrk is null ? null : Wrk.Script([BenchEndpoints.ConstantPath]);
        List<Workload> workloads =
        [
            new(Constant, "req/s", $"GET {BenchEndpoints.ConstantPath}: key check + constant JSON, same Kestrel host; {callers} in-repo HttpClient callers",
                _ => LoadRunner.ClosedLoop(i => Get(http, constant), callers, time)),
            new(Status, "req/s", $"GET /v1/listings/{{id}}/status over {catalog.Ids.Length:N0} listings; {callers} in-repo HttpClient callers",
                async _ => Remember(await LoadRunner.ClosedLoop(i => Get(http, status[i % status.Length]), callers, time)), Constant),
            new(Batch, "req/s", $"POST /v1/listings/status:batch with {BatchSize} ids (checks/s = {BatchSize}x); {callers} callers",
                _ => LoadRunner.ClosedLoop(i => Post(http, batchUri, bodies[i % bodies.Length]), callers, time), Constant),
            new(HalfPeak, "req/s", "the status GET paced at half the round's peak req/s; latency from release, queueing included",
                _ => LoadRunner.Paced(i => Get(http, status[i % status.Length]), peak / 2, callers, time)),
        ];
        if (wrk is not null)
        {
            // The same two GETs from wrk, a process of its own: the server's figures without the in-repo client's work and garbage.
            workloads.Add(new(WrkConstant, "req/s", $"GET {BenchEndpoints.ConstantPath} from wrk, 1 thread, {callers} connections",
                _ => wrk.Run(rig.Address, BenchRig.FrontendKey, constantScript!, callers, time)));
            workloads.Add(new(WrkStatus, "req/s", $"GET /v1/listings/{{id}}/status from wrk, 1 thread, {callers} connections",
                _ => wrk.Run(rig.Address, BenchRig.FrontendKey, statusScript!, callers, time), WrkConstant));
        }
        return Rounds.Run("http", workloads, options.Rounds);
    }

    private Sample Remember(Sample s)
    {
        peak = s.PerSecond;
        return s;
    }

    private static async ValueTask Get(HttpClient http, Uri uri)
    {
        using var response = await http.GetAsync(uri);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {uri}: {(int)response.StatusCode}");
    }

    private static async ValueTask Post(HttpClient http, Uri uri, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(uri, content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {uri}: {(int)response.StatusCode}");
    }
}
