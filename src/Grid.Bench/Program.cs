using Grid.Bench;

// Benchmarks of the Grid's hot paths on a real in-process cluster and a real Kestrel server.
// Every figure is reported as a ratio to a baseline measured in the same run, interleaved round by
// round, because this machine is shared and noisy: absolute times are printed but not to be trusted.
var options = BenchOptions.Parse(args);
await using var rig = await BenchRig.StartAsync(options);
var results = await new Workloads(rig, options).RunAsync();
Report.Print(results, options);
