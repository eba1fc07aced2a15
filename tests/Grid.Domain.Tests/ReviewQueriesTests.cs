using Grid.Domain.Review;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewQueriesTests
{
    [Theory]
    [InlineData(null, 50)]
    [InlineData("", 50)]
    [InlineData("1", 1)]
    [InlineData("200", 200)]
    [InlineData("050", 50)]
    public void Limit_WithinOneToTwoHundred_IsTaken_AndDefaultsToFifty(string? text, int expected)
    {
        Assert.Null(ReviewQueries.Limit(text, out var limit));
        Assert.Equal(expected, limit);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("٥")] // an Arabic-Indic five: a digit to Unicode, not to us
    public void Limit_OutsideTheRangeOrNotAWholeNumber_IsRefused(string text)
    {
        Assert.Contains("1 to 200", ReviewQueries.Limit(text, out _)?.For("limit").English);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Flag_IsTrueFalseOrNotGiven(string? text, bool? expected)
    {
        Assert.Null(ReviewQueries.Flag(text, out var flag));
        Assert.Equal(expected, flag);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("True")]
    [InlineData("true ")]
    public void Flag_AnythingElse_IsRefused(string text)
    {
        Assert.Equal("overdue must be 'true' or 'false'.", ReviewQueries.Flag(text, out var flag)?.For("overdue").English);
        Assert.Null(flag);
    }

    [Fact]
    public void State_UnderReview_IsAQueueStatus()
    {
        Assert.Null(ReviewQueries.Status("under-review", out var status));
        Assert.Equal(CaseStatus.UnderReview, status);
    }

    [Theory]
    [InlineData("upheld")]
    [InlineData("taken-down")]
    [InlineData("UnderReview")]
    [InlineData("under_review")]
    [InlineData("bogus")]
    public void State_ThatNoQueuedCaseHas_IsRefused_NamingTheAllowedOnes(string text)
    {
        var problem = ReviewQueries.Status(text, out var status);

        Assert.Contains("under-review", problem?.For("state").English);
        Assert.Null(status);
    }

    [Fact]
    public void State_NotGiven_FiltersNothing()
    {
        Assert.Null(ReviewQueries.Status(null, out var status));
        Assert.Null(status);
    }

    [Fact]
    public void After_TakesACursorItGaveOut()
    {
        var key = new ReviewKey(ReviewPriority.Standard, Day(2), Day(0), Guid.NewGuid());

        Assert.Null(ReviewQueries.After(ReviewCursor.Encode(key), out var after));
        Assert.Equal(key, after);
    }

    [Fact]
    public void After_Garbage_IsRefused()
    {
        Assert.NotNull(ReviewQueries.After("garbage", out var after));
        Assert.Null(after);
    }
}
