using Grid.Contracts.Brands;
using Grid.Domain;

namespace Grid.Tests.Correctness;

public sealed class CaseMarkTests
{
    public static TheoryData<int, BrandOutcome?, NoticeKind?, DateOnly?> Marks()
    {
        var data = new TheoryData<int, BrandOutcome?, NoticeKind?, DateOnly?>
        {
            { 0, null, null, null }, { 1, null, null, null }, { CaseMark.MaxStep, null, null, null },
            { 1, null, NoticeKind.Counterfeit, null }, { 1, null, null, DateOnly.MinValue },
        };
        foreach (var outcome in Enum.GetValues<BrandOutcome>())
        {
            data.Add(2, outcome, null, null);
            data.Add(CaseMark.MaxStep, outcome, NoticeKind.Design, DateOnly.MaxValue);
        }
        foreach (var kind in Enum.GetValues<NoticeKind>())
            data.Add(3, BrandOutcome.Upheld, kind, new DateOnly(2026, 11, 24));
        return data;
    }

    [Theory]
    [MemberData(nameof(Marks))]
    public void PackedMark_UnpacksToTheSameStepOutcomeKindAndDay(int step, BrandOutcome? outcome, NoticeKind? kind, DateOnly? day)
    {
        var mark = new CaseMark(step, outcome, kind, day);

        Assert.Equal(mark, CaseMark.Unpack(mark.Pack()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CaseMark.MaxStep + 1)]
    public void AStepTheMarkCannotHold_IsRefused(int step)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseMark(step, null, null, null).Pack());
    }

    [Theory]
    [InlineData(5, BrandOutcome.Upheld)]
    [InlineData(2, BrandOutcome.Retracted)]
    [InlineData(7, null)]
    public void AMarkWrittenBeforeKindsAndDays_ReadsAsCountedNowhere(int step, BrandOutcome? outcome)
    {
        // How marks were packed before the tier window: the step above eight bits of outcome.
        var old = ((long)step << 8) | (outcome is { } o ? (long)o + 1 : 0);

        Assert.Equal(new CaseMark(step, outcome, null, null), CaseMark.Unpack(old));
    }
}
