using Orleans.Concurrency;
using Grid.Domain;

namespace Grid.Contracts.Detectors;

/// <summary>One detector's track record (key: detector name).</summary>
[Alias("grid.IDetectorGrain")]
public interface IDetectorGrain : IGrainWithStringKey
{
    [Alias("record-flag")]
    Task RecordFlag(FlagOutcome outcome);

    /// <summary>Remembers the brand's verdict on one of this detector's flags, once per case.</summary>
    [Alias("record-verdict")]
    Task RecordVerdict(Guid caseId, VerificationVerdict verdict);

    [Alias("view"), ReadOnly]
    Task<DetectorView> GetView();
}

/// <summary>
/// Takes in automated flags: records each on its listing, sorts it by score and opens a case when needed.
/// Stateless, so intake scales out with the load.
/// </summary>
[Alias("grid.IFlagIntakeGrain")]
public interface IFlagIntakeGrain : IGrainWithIntegerKey
{
    [Alias("raise")]
    Task<Reply<FlagResult>> Raise(FlagRaised flag, Guid caseIdIfOpened, string filedBy);
}
