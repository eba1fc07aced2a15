using Grid.Domain.Review;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewClaimsTests
{
    private const string Ann = "operator:ann";
    private const string Bob = "operator:bob";
    private static readonly TimeSpan ThirtyMinutes = TimeSpan.FromMinutes(30);
    private static readonly DateTimeOffset Now = Day(1);

    [Fact]
    public void UnclaimedCase_IsGranted_ForTheClaimDuration()
    {
        var attempt = ReviewClaims.Claim(null, Ann, Now, ThirtyMinutes);

        Assert.True(attempt.Granted);
        Assert.Equal(new ReviewClaim(Ann, Now + ThirtyMinutes), attempt.Claim);
    }

    [Fact]
    public void CaseClaimedByAnother_IsRefused_NamingTheHolder()
    {
        var held = new ReviewClaim(Ann, Now.AddMinutes(10));

        var attempt = ReviewClaims.Claim(held, Bob, Now, ThirtyMinutes);

        Assert.False(attempt.Granted);
        Assert.Equal(held, attempt.Claim);
    }

    [Fact]
    public void ClaimingAgain_ExtendsTheOperatorsOwnClaim()
    {
        var held = new ReviewClaim(Ann, Now.AddMinutes(5));

        var attempt = ReviewClaims.Claim(held, Ann, Now, ThirtyMinutes);

        Assert.True(attempt.Granted);
        Assert.Equal(Now + ThirtyMinutes, attempt.Claim.Until);
    }

    [Fact]
    public void LapsedClaim_LetsAnotherOperatorClaim_FromItsEndOn()
    {
        var held = new ReviewClaim(Ann, Now);

        Assert.False(ReviewClaims.Claim(held, Bob, Now.AddTicks(-1), ThirtyMinutes).Granted);
        Assert.True(ReviewClaims.Claim(held, Bob, Now, ThirtyMinutes).Granted);
    }

    [Fact]
    public void UnclaimedCase_AnyOperatorMayDecide()
    {
        Assert.True(ReviewClaims.MayDecide(null, Bob, Now));
    }

    [Fact]
    public void ClaimedCase_OnlyItsOperatorMayDecide_WhileTheClaimHolds()
    {
        var held = new ReviewClaim(Ann, Now.AddMinutes(1));

        Assert.True(ReviewClaims.MayDecide(held, Ann, Now));
        Assert.False(ReviewClaims.MayDecide(held, Bob, Now));
        Assert.True(ReviewClaims.MayDecide(held, Bob, held.Until));
    }

    [Fact]
    public void ReleasingIsForTheHolder_OrAnyoneOnceTheClaimLapsed()
    {
        var held = new ReviewClaim(Ann, Now.AddMinutes(1));

        Assert.True(ReviewClaims.MayRelease(held, Ann, Now));
        Assert.False(ReviewClaims.MayRelease(held, Bob, Now));
        Assert.True(ReviewClaims.MayRelease(held, Bob, Now.AddMinutes(2)));
        Assert.True(ReviewClaims.MayRelease(null, Bob, Now));
    }

    [Fact]
    public void ActiveClaim_IsTheClaimOnlyBeforeItsEnd()
    {
        var held = new ReviewClaim(Ann, Now);

        Assert.Equal(held, ReviewClaims.Active(held, Now.AddSeconds(-1)));
        Assert.Null(ReviewClaims.Active(held, Now));
        Assert.Null(ReviewClaims.Active(null, Now));
        Assert.False(ReviewClaims.IsActive(null, Now));
    }
}
