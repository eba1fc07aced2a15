using System.Diagnostics;
using Grid.Bench;
using Grid.Bench.Hosting;
using Grid.Bench.Measure;
using Grid.Bench.Reporting;
using Grid.Bench.Suites;
using Grid.Silo.Hosting;

// Benchmarks of the Grid's hot paths on a real silo and a real Kestrel server that this program starts itself.
// Every figure stands beside a baseline measured in the same rounds on the same machine, as a ratio, because the
// machine is shared and noisy: absolute figures are printed, the ratios are the ones to compare between runs.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
var options = BenchOptions.Parse(args);
var started = DateTimeOffset.UtcNow;
var figures = new List<Figure>();

if (options.Suites.Intersect(["http", "orleans", "history", "queue"]).Any() || (options.Has("takedown") && options.Modes.Contains("memory")))
{
    Console.WriteLine("Starting a Memory-mode silo with the HTTP API on loopback");
    await using var rig = await BenchRig.StartAsync(GridStorageMode.Memory);
    if (options.Has("http") || options.Has("orleans"))
    {
        var catalog = await StatusCatalog.SeedAsync(rig.Client, options.Listings);
        if (options.Has("http")) figures.AddRange(await new HttpSuite(rig, catalog, options).RunAsync());
        if (options.Has("orleans")) figures.AddRange(await new OrleansSuite(rig, catalog, options).RunAsync());
    }
    if (options.Has("takedown") && options.Modes.Contains("memory")) figures.AddRange(await new TakedownSuite(rig, null, null, options).RunAsync());
    if (options.Has("history")) figures.AddRange(await new HistorySuite(rig, options).RunAsync());
    if (options.Has("queue")) figures.AddRange(await new QueueSuite(rig, options).RunAsync());
}

if (options.Has("takedown") && options.Modes.Contains("postgres"))
{
    Console.WriteLine("Starting PostgreSQL (initdb in a temporary directory) and a Postgres-mode silo");
    await using var postgres = await LocalPostgres.StartAsync();
    var grid = await postgres.CreateDatabaseAsync("grid");
    await postgres.CreateDatabaseAsync("pgbench");
    await postgres.PgbenchInitAsync("pgbench", scale: 10);
    await using var rig = await BenchRig.StartAsync(GridStorageMode.Postgres, grid);
    figures.AddRange(await new TakedownSuite(rig, postgres, "pgbench", options).RunAsync());
}

if (options.Has("scale"))
{
    // A silo of its own: the heap it weighs must hold nothing but the catalog it grows.
    Console.WriteLine("Starting a fresh Memory-mode silo for memory and growth");
    await using var rig = await BenchRig.StartAsync(GridStorageMode.Memory);
    figures.AddRange(await new ScaleSuite(rig, options).RunAsync());
}

// Figures whose baseline lies in another step (growth: the p99 at the first size) take their ratio here.
for (var i = 0; i < figures.Count; i++)
{
    var f = figures[i];
    if (f is { Baseline: { } b, Ratio: null } && figures.FirstOrDefault(x => x.Suite == f.Suite && x.Name == b) is { } baseline)
        figures[i] = f with { Ratio = f.Value / baseline.Value };
}

var report = new BenchReport(started, Machine.Current(Commit()), options, figures, Goals.Judge(figures, options));
Console.WriteLine();
Console.WriteLine(ReportWriter.Markdown(report));
var written = await ReportWriter.WriteAsync(report, options.Out);
Console.WriteLine($"Written {written}.json and .md in {(DateTimeOffset.UtcNow - started).TotalMinutes:0.0} min");
return 0;

static string Commit()
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var commit = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? commit : "?";
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "?";
    }
}
