using Grid.Domain.Brands;

namespace Grid.Domain.Tests;

public sealed class NoticeFiguresTests
{
    [Fact]
    public void SuccessRate_IsTakedownsOfDecidedNotices_OverturnedOnesIncluded()
    {
        var figures = new NoticeFigures(Takedowns: 17, Rejected: 2, Overturned: 1);

        Assert.Equal(20, figures.Decided);
        Assert.Equal(0.85, figures.SuccessRate);
    }

    [Fact]
    public void OverturnedRate_IsOverturnedOfEveryNoticeThatTookAListingDown()
    {
        var figures = new NoticeFigures(Takedowns: 19, Rejected: 5, Overturned: 1);

        Assert.Equal(0.05, figures.OverturnedRate);
    }

    [Fact]
    public void EveryTakedownOverturned_IsARateOfOne_NotADivisionByZero()
    {
        Assert.Equal(1.0, new NoticeFigures(0, 0, 3).OverturnedRate);
    }

    [Fact]
    public void NothingDecided_HasNoRates()
    {
        Assert.Null(NoticeFigures.None.SuccessRate);
        Assert.Null(NoticeFigures.None.OverturnedRate);
        Assert.Null(new NoticeFigures(0, 4, 0).OverturnedRate);
    }
}
