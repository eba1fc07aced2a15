using Grid.Contracts.Brands;

namespace Grid.Grains;

/// <summary>Agents a brand authorised to file for it: granted and withdrawn by the brand, checked at every filing.</summary>
public sealed partial class BrandGrain
{
    public async Task<AgentAuthorisation?> GrantAgent(string agentId)
    {
        if (S.Profile is null) return null;
        if (!S.Agents.TryGetValue(agentId, out var since))
        {
            since = clock.GetUtcNow();
            S.Agents[agentId] = since;
            await state.WriteStateAsync();
        }
        return new AgentAuthorisation(BrandId, agentId, since);
    }

    public async Task<bool> RevokeAgent(string agentId)
    {
        if (!S.Agents.Remove(agentId)) return false;
        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<AgentAuthorisation>> GetAgents() =>
        Task.FromResult<IReadOnlyList<AgentAuthorisation>>(
            [.. S.Agents.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new AgentAuthorisation(BrandId, a.Key, a.Value))]);
}
