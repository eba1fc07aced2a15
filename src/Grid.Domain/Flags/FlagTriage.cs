namespace Grid.Domain.Flags;

public static class FlagTriage
{
    /// <summary>
    /// Sorts a detector's score into what happens next. A verification needs a brand to ask;
    /// without one, a mid-band flag can only be recorded.
    /// </summary>
    public static FlagOutcome Classify(double score, bool hasBrandToAsk, FlagThresholds thresholds)
    {
        if (score >= thresholds.AutoTakedown) return FlagOutcome.TakenDown;
        if (score >= thresholds.Verify && hasBrandToAsk) return FlagOutcome.VerificationRequested;
        return FlagOutcome.Recorded;
    }

    public static bool IsValidScore(double score) => double.IsFinite(score) && score is >= 0 and <= 1;
}
