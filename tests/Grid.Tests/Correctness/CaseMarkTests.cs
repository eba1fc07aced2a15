using Grid.Contracts.Brands;
using Grid.Domain;

namespace Grid.Tests.Correctness;

public sealed class CaseMarkTests
{
    public static TheoryData<int, BrandOutcome?> Marks()
    {
        var data = new TheoryData<int, BrandOutcome?> { { 0, null }, { 1, null }, { int.MaxValue, null } };
        foreach (var outcome in Enum.GetValues<BrandOutcome>())
        {
            data.Add(2, outcome);
            data.Add(int.MaxValue, outcome);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Marks))]
    public void PackedMark_UnpacksToTheSameStepAndOutcome(int step, BrandOutcome? outcome)
    {
        var mark = new CaseMark(step, outcome);

        Assert.Equal(mark, CaseMark.Unpack(mark.Pack()));
    }
}
