namespace Grid.Domain.Tests.Support;

/// <summary>
/// The default enforcement policy, built in code with the numbers of config/enforcement.json:
/// the domain classes carry no defaults of their own.
/// </summary>
internal static class Policies
{
    public const double DueWithinHours = 48;
    public const double ClaimMinutes = 30;
    public const int QueuePartitions = 16;
    public const double AutoTakedown = 0.97;
    public const double Verify = 0.7;
    public const int StrikeExpiryDays = 90;
    public const int RestrictionDays = 7;
    public const int SuspensionDays = 30;
    public const int TerminationStrikes = 5;
    public const int TerminationWithinDays = 365;
    public const int TierWindowDays = 90;
    public const int MinDecidedNotices = 20;
    public const double AdmitSuccessRate = 0.9;
    public const double MaxOverturnedRate = 0.05;
    public const int TierCooldownDays = 90;
    public const int MisuseWindowDays = 30;
    public const int MisuseMinDecided = 10;
    public const double MisuseRejectedRate = 0.5;
    public const int MisuseStepDays = 7;
    public const int MisuseSuspensionDays = 14;

    public static EnforcementPolicy Default() => new()
    {
        Review = new ReviewPolicy { DueWithinHours = DueWithinHours, ClaimMinutes = ClaimMinutes, QueuePartitions = QueuePartitions },
        Flags = new FlagThresholds { AutoTakedown = AutoTakedown, Verify = Verify },
        Strikes = new StrikePolicy { ExpiryDays = StrikeExpiryDays },
        Appeals = new AppealPolicy { WindowMonths = 6, AnswerWorkingDays = 3, DecisionHours = 48 },
        Verification = new VerificationPolicy { ExpiresAfterHours = 72 },
        PenaltyLadder =
        [
            new PenaltyRung { Penalty = PenaltyKind.Warning, ActiveStrikes = 1 },
            new PenaltyRung { Penalty = PenaltyKind.ListingRestriction, ActiveStrikes = 2, DurationDays = RestrictionDays },
            new PenaltyRung { Penalty = PenaltyKind.Suspension, ActiveStrikes = 3, DurationDays = SuspensionDays },
            new PenaltyRung { Penalty = PenaltyKind.Termination, Strikes = TerminationStrikes, WithinDays = TerminationWithinDays },
        ],
        Tiers = new TierPolicy
        {
            WindowDays = TierWindowDays, MinDecidedNotices = MinDecidedNotices, AdmitSuccessRate = AdmitSuccessRate,
            MaxOverturnedRate = MaxOverturnedRate, CooldownDays = TierCooldownDays,
        },
        Misuse = new MisusePolicy
        {
            WindowDays = MisuseWindowDays, MinDecidedNotices = MisuseMinDecided, RejectedRate = MisuseRejectedRate,
            StepDays = MisuseStepDays, SuspensionDays = MisuseSuspensionDays,
        },
    };
}
