using Grid.Contracts;
using Grid.Contracts.Detectors;
using Grid.Domain;
using Grid.Domain.Brands;

namespace Grid.Grains;

public sealed class DetectorGrain(
    [PersistentState("detector", GridNames.Storage)] IPersistentState<DetectorState> state) : Grain, IDetectorGrain
{
    private DetectorState S => state.State;

    public async Task RecordFlag(FlagOutcome outcome)
    {
        S.Flags++;
        switch (outcome)
        {
            case FlagOutcome.Recorded: S.Recorded++; break;
            case FlagOutcome.VerificationRequested: S.VerificationsRequested++; break;
            case FlagOutcome.TakenDown: S.TakenDown++; break;
        }
        await state.WriteStateAsync();
    }

    public async Task RecordVerdict(Guid caseId, VerificationVerdict verdict)
    {
        if (!S.CountedCases.Add(caseId)) return;
        if (verdict == VerificationVerdict.Counterfeit) S.ConfirmedCounterfeit++;
        else S.FoundGenuine++;
        await state.WriteStateAsync();
    }

    public Task<DetectorView> GetView() => Task.FromResult(new DetectorView(
        this.GetPrimaryKeyString(), S.Flags, S.Recorded, S.VerificationsRequested, S.TakenDown,
        S.ConfirmedCounterfeit, S.FoundGenuine,
        AccuracyRatio.Of(S.ConfirmedCounterfeit, S.FoundGenuine)));
}
