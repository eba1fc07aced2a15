using Grid.Domain.Tests.Support;

namespace Grid.Domain.Tests;

public sealed class MisusePolicyTests
{
    private static IReadOnlyList<string> ErrorsWith(Action<MisusePolicy> change)
    {
        var policy = Policies.Default();
        change(policy.Misuse);
        return policy.Validate();
    }

    [Fact]
    public void EmptyMisuseSection_NamesEveryNumber()
    {
        var errors = ErrorsWith(m => (m.WindowDays, m.MinDecidedNotices, m.RejectedRate, m.StepDays, m.SuspensionDays) = (0, 0, 0, 0, 0));
        foreach (var key in new[] { "Misuse:WindowDays", "Misuse:MinDecidedNotices", "Misuse:RejectedRate", "Misuse:StepDays", "Misuse:SuspensionDays" })
            Assert.Contains(errors, e => e.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void RejectedRateOutsideZeroToOne_IsReported(double rate) =>
        Assert.Contains(ErrorsWith(m => m.RejectedRate = rate), e => e.Contains("Misuse:RejectedRate", StringComparison.Ordinal));

    [Fact]
    public void RejectedRateOfOne_IsAllowed() => Assert.Empty(ErrorsWith(m => m.RejectedRate = 1));

    [Fact]
    public void WindowLongerThanTheTierWindow_IsReported() =>
        Assert.Contains(ErrorsWith(m => m.WindowDays = Policies.TierWindowDays + 1), e => e.Contains("Tiers:WindowDays", StringComparison.Ordinal));

    [Fact]
    public void WindowAsLongAsTheTierWindow_IsAllowed() => Assert.Empty(ErrorsWith(m => m.WindowDays = Policies.TierWindowDays));
}
