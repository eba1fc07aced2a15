using Grid.Contracts.Brands;
using Grid.Domain;
using Grid.Domain.Brands;

namespace Grid.Contracts.Agents;

/// <summary>
/// An agent (trade association, law firm; key: agent id) that files notices for brands which authorised it. It keeps
/// its own record of how its notices were decided, so misuse controls (DSA art. 23) reach the agent as they reach a brand.
/// </summary>
[Alias("grid.IAgentGrain")]
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>A notice the agent filed reached <paramref name="outcome"/> at step <paramref name="step"/> of its case; a step already recorded is not recorded again.</summary>
    [Alias("record-case")]
    Task RecordCase(Guid caseId, int step, BrandOutcome outcome, NoticeKind? kind, DateTimeOffset at);

    /// <summary>The agent's misuse level and figures, with the rule applied first (a suspension ends with time).</summary>
    [Alias("view")]
    Task<AgentView> GetView();
}

[GenerateSerializer, Immutable, Alias("grid.agent-view")]
public sealed record AgentView(
    [property: Id(0)] string AgentId,
    [property: Id(1)] MisuseView Misuse,
    [property: Id(2)] MisuseFiguresView Figures);

[GenerateSerializer, Alias("grid.agent-state")]
public sealed class AgentState
{
    /// <summary>Decided notices per day and kind, inside the misuse window only.</summary>
    [Id(0)] public List<NoticeBucket> Notices { get; set; } = [];

    /// <summary>Per case, the last step recorded and where it counts (a packed <see cref="CaseMark"/>); dropped once its day leaves the window.</summary>
    [Id(1)] public Dictionary<Guid, long> Cases { get; set; } = [];

    [Id(2)] public MisuseLevel MisuseLevel { get; set; }
    [Id(3)] public DateTimeOffset? MisuseSince { get; set; }
    [Id(4)] public DateTimeOffset? MisuseLastBreachAt { get; set; }
}
