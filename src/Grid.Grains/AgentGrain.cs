using Grid.Contracts;
using Grid.Contracts.Agents;
using Grid.Contracts.Brands;
using Grid.Domain;
using Grid.Domain.Brands;
using Grid.Domain.Misuse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grid.Grains;

/// <summary>An agent's record of decided notices and its misuse level; the same <see cref="MisuseRule"/> a brand is judged by.</summary>
public sealed class AgentGrain(
    [PersistentState("agent", GridNames.Storage)] IPersistentState<AgentState> state,
    IOptions<EnforcementPolicy> policy,
    TimeProvider clock,
    ILogger<AgentGrain> log) : Grain, IAgentGrain
{
    private AgentState S => state.State;
    private string AgentId => this.GetPrimaryKeyString();
    private MisusePolicy Misuse => policy.Value.Misuse;

    public async Task RecordCase(Guid caseId, int step, BrandOutcome outcome, NoticeKind? kind, DateTimeOffset at)
    {
        CaseMark? mark = S.Cases.TryGetValue(caseId, out var packed) ? CaseMark.Unpack(packed) : null;
        if (mark is { } recorded && recorded.Step >= step) return;
        var now = clock.GetUtcNow();
        var (buckets, counted) = NoticeRecount.Apply(S.Notices, new(mark?.Outcome, mark?.Kind ?? kind, mark?.Day), outcome, at, now, Misuse.WindowDays);
        S.Notices = buckets;
        S.Cases[caseId] = new CaseMark(step, counted.Outcome, counted.Kind, counted.Day).Pack();
        // A case whose day left the window can no longer move the figures: forget it, so the record stays bounded.
        var first = NoticeWindow.FirstDay(NoticeWindow.DayOf(now), Misuse.WindowDays);
        foreach (var old in S.Cases.Where(c => CaseMark.Unpack(c.Value).Day < first).Select(c => c.Key).ToList()) S.Cases.Remove(old);
        ApplyMisuseRule(now);
        await state.WriteStateAsync();
    }

    public async Task<AgentView> GetView()
    {
        var now = clock.GetUtcNow();
        if (ApplyMisuseRule(now)) await state.WriteStateAsync();
        return new AgentView(AgentId, MisuseView.From(Standing(), Misuse), MisuseFiguresView.From(Figures(now), Misuse.WindowDays));
    }

    private MisuseStanding Standing() => new(S.MisuseLevel, S.MisuseSince, S.MisuseLastBreachAt);

    private NoticeFigures Figures(DateTimeOffset now) => NoticeWindow.Figures(S.Notices, NoticeWindow.DayOf(now), Misuse.WindowDays).Overall;

    /// <summary>Applies the rule to the state; true when the level moved (the caller writes).</summary>
    private bool ApplyMisuseRule(DateTimeOffset now)
    {
        var before = Standing();
        var figures = Figures(now);
        var after = MisuseRule.Decide(figures, before, now, Misuse);
        (S.MisuseLevel, S.MisuseSince, S.MisuseLastBreachAt) = (after.Level, after.Since, after.LastBreachAt);
        if (after.Level == before.Level) return false;
        log.LogWarning("Agent {AgentId} misuse level moved from {From} to {To}: {Rejected} of {Decided} notices rejected in {WindowDays} days",
            AgentId, before.Level, after.Level, figures.Rejected, figures.Decided, Misuse.WindowDays);
        return true;
    }
}
