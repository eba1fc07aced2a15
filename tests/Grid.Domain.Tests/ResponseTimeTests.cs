using Grid.Domain.Cases;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ResponseTimeTests
{
    [Fact]
    public void UndecidedCase_HasWaitedUntilNow()
    {
        Assert.Equal(TimeSpan.FromDays(1.5), ResponseTime.Of(Day(0), null, Day(1.5)));
    }

    [Fact]
    public void DecidedCase_WaitedUntilItsDecision_WhateverTheTimeNow()
    {
        Assert.Equal(TimeSpan.FromDays(1), ResponseTime.Of(Day(0), Day(1), Day(30)));
        Assert.Equal(86_400, ResponseTime.Seconds(Day(0), Day(1), Day(30)));
    }

    [Fact]
    public void ResponseTime_IsNeverNegative()
    {
        // A silo whose clock runs behind the one that filed the case.
        Assert.Equal(TimeSpan.Zero, ResponseTime.Of(Day(1), null, Day(0.99)));
    }

    [Fact]
    public void Seconds_AreWholeSecondsRoundedDown()
    {
        Assert.Equal(1, ResponseTime.Seconds(Day(0), null, Day(0).AddMilliseconds(1999)));
    }
}
