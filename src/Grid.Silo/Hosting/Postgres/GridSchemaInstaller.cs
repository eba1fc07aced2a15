namespace Grid.Silo.Hosting.Postgres;

/// <summary>
/// Applies <see cref="GridSchema"/> as the silo's very first start-up step: the clustering,
/// storage and reminder providers read their queries from the database in later stages, and
/// refuse to start when one is missing.
/// </summary>
internal sealed class GridSchemaInstaller(string connectionString, ILogger<GridSchemaInstaller> log) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(GridSchemaInstaller), ServiceLifecycleStage.First, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await GridSchema.ApplyAsync(connectionString, cancellationToken);
        log.LogInformation("Grid schema applied from {ScriptDirectory}", GridSchema.ScriptDirectory);
    }
}
