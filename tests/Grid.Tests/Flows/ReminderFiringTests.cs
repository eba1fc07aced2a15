using Grid.Contracts;
using Grid.Contracts.Cases;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Silo.Hosting;
using Grid.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Grid.Tests.Flows;

/// <summary>
/// The reminder service itself fires a review deadline, on the wall clock, with no hand-given tick:
/// a one-silo cluster whose review SLA is two seconds.
/// </summary>
public sealed class ReminderFiringTests : IAsyncLifetime
{
    private InProcessTestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddPolicyFile();
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{EnforcementPolicy.Section}:Review:DueWithinHours"] = (2.0 / 3600).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            });
        });
        builder.ConfigureSilo((_, silo) => silo.AddGrid(silo.Configuration));
        builder.ConfigureClient(client => client.AddMemoryStreams(GridNames.StreamProvider));
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    [Fact]
    public async Task OverdueReview_IsEscalatedByTheReminderService()
    {
        var grains = cluster.Client;
        await grains.RegisterBrand("brand-sla", ProgramTier.Standard);
        await grains.RegisterListing("listing-sla", "seller-sla", "brand-sla");
        var caseId = Guid.NewGuid();
        var filed = await grains.FileComplaint(caseId, "brand-sla", "listing-sla");
        Assert.Equal(CaseStatus.UnderReview, filed.Status);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        CaseView? view;
        do
        {
            await Task.Delay(250);
            view = await grains.GetGrain<ICaseGrain>(caseId).GetView();
        }
        while (view!.EscalatedAt is null && DateTime.UtcNow < deadline);

        Assert.NotNull(view.EscalatedAt);
        Assert.True(view.EscalatedAt >= view.DueAt, $"escalated at {view.EscalatedAt:O}, due {view.DueAt:O}");
        Assert.Contains(await grains.Page("brand-sla", 0).Read(0), e => e is ReviewOverdue o && o.CaseId == caseId);
    }

    public async Task DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
