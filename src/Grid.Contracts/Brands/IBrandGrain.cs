using Orleans.Concurrency;
using Grid.Contracts.Events;
using Grid.Domain;

namespace Grid.Contracts.Brands;

/// <summary>One brand (key: brand id). Owns the brand's event log and stream; calls only its log pages.</summary>
[Alias("grid.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("register")]
    Task<BrandView> Register(BrandProfile profile);

    /// <summary>
    /// The brand as it stands. Not read-only: reading applies the misuse rule first (a suspension ends with time),
    /// which may write and tell a level change, so two reads must not run at once.
    /// </summary>
    [Alias("view")]
    Task<BrandView?> GetView();

    /// <summary>
    /// What step <paramref name="step"/> of a case means for the brand, in one write: its outcome counted
    /// (once per case, in the tier window under the notice's <paramref name="kind"/> on the day of <paramref name="at"/>),
    /// the tier rule applied, and its events numbered and logged in order. A step already recorded is not recorded again.
    /// </summary>
    /// <param name="kind">The complaint's kind of notice; null for a flag's case, which counts in no tier figure.</param>
    /// <param name="at">When the step was taken (not when it is recorded: a re-driven step keeps its day).</param>
    /// <remarks>kind and at come last so that a call from a silo not yet upgraded still reads (counted nowhere).</remarks>
    [Alias("record-case")]
    Task RecordCase(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events, NoticeKind? kind, DateTimeOffset at);

    /// <summary>
    /// <see cref="RecordCase"/> for a case that keeps what the brand counted for it: <paramref name="counted"/> is the
    /// packed <see cref="CaseMark"/> the brand returned for the case's last settled step (0: none), and the answer is the
    /// mark after this step, for the case to keep. The brand holds a case's mark only until the case settles it.
    /// </summary>
    [Alias("record-step")]
    Task<long> RecordStep(Guid caseId, int step, BrandOutcome? outcome, IReadOnlyList<BrandEvent> events, NoticeKind? kind, DateTimeOffset at, long counted);

    /// <summary>
    /// The case has stored the mark of <paramref name="step"/>: the brand need not remember it any more (a re-drive of
    /// that step can no longer come). Persisted with the brand's next write.
    /// </summary>
    [Alias("settle-case"), Orleans.Concurrency.OneWay]
    Task SettleCase(Guid caseId, int step);

    /// <summary>An operator sets the tier, and pins it (the tier rule leaves a pinned tier alone) or unpins it. Null: no such brand.</summary>
    [Alias("set-tier")]
    Task<BrandView?> SetTier(ProgramTier tier, bool pinned);

    /// <summary>The brand's tier, its figures over the window and the bounds they are judged by. Null: no such brand.</summary>
    [Alias("scorecard"), ReadOnly]
    Task<ScorecardView?> GetScorecard();

    /// <summary>
    /// Numbers the event, logs it and publishes it on the brand's stream; a second call with the same
    /// <paramref name="key"/> is a retry and tells nothing new.
    /// </summary>
    [Alias("publish")]
    Task Publish(string key, BrandEvent brandEvent);

    /// <summary>The sequence number of the brand's latest event (0 when none): where a feed "from now" starts.</summary>
    /// <summary>The brand authorises an agent to file for it (again: no change); null when the brand is not registered.</summary>
    [Alias("grant-agent")]
    Task<AgentAuthorisation?> GrantAgent(string agentId);

    /// <summary>Withdraws the agent's authorisation; false when it had none.</summary>
    [Alias("revoke-agent")]
    Task<bool> RevokeAgent(string agentId);

    /// <summary>Names the brand's account manager (null: none); null when the brand is not registered, else the manager before.</summary>
    [Alias("set-account-manager")]
    Task<AccountManagerChange?> SetAccountManager(string? operatorId);

    /// <summary>The brand's open verification requests, soonest due first; null when the brand is not registered.</summary>
    [Alias("verifications"), ReadOnly]
    Task<BrandVerifications?> GetVerifications();

    [Alias("agents"), ReadOnly]
    Task<IReadOnlyList<AgentAuthorisation>> GetAgents();

    [Alias("last-event"), ReadOnly]
    Task<long> GetLastEventSequence();
}
