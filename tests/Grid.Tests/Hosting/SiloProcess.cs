using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grid.Tests.Hosting;

/// <summary>
/// The real Grid.Silo program in its own process, as `dotnet run --project src/Grid.Silo` starts it,
/// on free loopback ports. Output is kept so a test can read what the silo said.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public Uri BaseAddress { get; }
    public string Output { get { lock (output) return output.ToString(); } }
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    private SiloProcess(string environment, IDictionary<string, string> settings, params string[] args)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Grid.Silo.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Grid__SiloPort"] = FreePort().ToString();
        start.Environment["Grid__GatewayPort"] = FreePort().ToString();
        foreach (var (key, value) in settings) start.Environment[key] = value;
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static SiloProcess Start(string environment, IDictionary<string, string>? settings = null, params string[] args) =>
        new(environment, settings ?? new Dictionary<string, string>(), args);

    /// <summary>Waits until the API answers (and, with --seed-demo, the demo data is in), or the process dies.</summary>
    public async Task<bool> WaitUntilReady(string readyLine, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) return false;
            if (Output.Contains(readyLine, StringComparison.Ordinal)) return true;
            await Task.Delay(200);
        }
        return false;
    }

    public async Task<bool> WaitForExit(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); return true; }
        catch (OperationCanceledException) { return false; }
    }

    public HttpClient Http(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
