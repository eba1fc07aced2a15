using Grid.Silo.Api;
using Grid.Silo.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var seedDemo = args.Contains("--seed-demo");
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = [.. args.Where(a => a != "--seed-demo")],
        ContentRootPath = GridConfigFiles.Directory,
    });
    builder.Configuration.AddPolicyFile();
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services));
    builder.UseOrleans(silo => silo
        .UseGridEndpoints(builder.Configuration)
        .AddGrid(builder.Configuration));
    builder.AddGridApi();
    if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5080");

    var app = builder.Build();
    app.UseSerilogRequestLogging();
    app.MapGridApi();
    await app.StartAsync();
    if (seedDemo) await DemoSeed.RunAsync(app.Services.GetRequiredService<IGrainFactory>(), app.Logger);
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The Grid silo stopped on an error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
