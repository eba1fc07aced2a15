using Grid.Domain.Cases;

namespace Grid.Domain.Tests;

public sealed class NoticeKeysTests
{
    [Fact]
    public void SameScopeAndKey_GiveTheSameCaseId()
    {
        var first = NoticeKeys.CaseIdFor("brand:nike", "req-42");
        var retry = NoticeKeys.CaseIdFor("brand:nike", "req-42");

        Assert.Equal(first, retry);
    }

    [Fact]
    public void DifferentScope_GivesADifferentCaseId()
    {
        Assert.NotEqual(NoticeKeys.CaseIdFor("brand:nike", "req-42"), NoticeKeys.CaseIdFor("brand:adidas", "req-42"));
    }

    [Fact]
    public void DifferentKey_GivesADifferentCaseId()
    {
        Assert.NotEqual(NoticeKeys.CaseIdFor("brand:nike", "req-42"), NoticeKeys.CaseIdFor("brand:nike", "req-43"));
    }

    [Fact]
    public void SwappedScopeAndKey_GiveADifferentCaseId()
    {
        Assert.NotEqual(NoticeKeys.CaseIdFor("a", "b"), NoticeKeys.CaseIdFor("b", "a"));
    }

    [Fact]
    public void CaseIdsAreDistinctAcrossManyKeys()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => NoticeKeys.CaseIdFor("detector:fraud-v2", $"k{i}")).ToHashSet();

        Assert.Equal(10_000, ids.Count);
    }

    [Theory]
    [InlineData("brand:nike", "req-42")]
    [InlineData("detector:x", "耐克-旗舰店")]
    [InlineData("", "")]
    public void CaseId_IsAVersion8UuidWithTheRfcVariant(string scope, string key)
    {
        var text = NoticeKeys.CaseIdFor(scope, key).ToString("D");

        // xxxxxxxx-xxxx-Vxxx-Nxxx-xxxxxxxxxxxx: V is the version, N carries the variant bits 10xx.
        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void CaseId_IsNotTheEmptyGuid()
    {
        Assert.NotEqual(Guid.Empty, NoticeKeys.CaseIdFor("", ""));
    }

    [Fact]
    public void ComplaintKey_IsTheSameForAResentComplaint()
    {
        Assert.Equal(
            NoticeKeys.ForComplaint("nike", RightType.Trademark, "TM-1"),
            NoticeKeys.ForComplaint("nike", RightType.Trademark, "TM-1"));
    }

    [Fact]
    public void ComplaintKey_DiffersByBrandRightTypeAndRegistrationNumber()
    {
        var key = NoticeKeys.ForComplaint("nike", RightType.Trademark, "TM-1");

        Assert.NotEqual(key, NoticeKeys.ForComplaint("adidas", RightType.Trademark, "TM-1"));
        Assert.NotEqual(key, NoticeKeys.ForComplaint("nike", RightType.Design, "TM-1"));
        Assert.NotEqual(key, NoticeKeys.ForComplaint("nike", RightType.Trademark, "TM-2"));
    }

    [Fact]
    public void FlagKey_DependsOnlyOnTheDetector()
    {
        Assert.Equal(NoticeKeys.ForFlag("fraud-v2"), NoticeKeys.ForFlag("fraud-v2"));
        Assert.NotEqual(NoticeKeys.ForFlag("fraud-v2"), NoticeKeys.ForFlag("fraud-v3"));
    }

    [Fact]
    public void FlagKey_NeverEqualsAComplaintKey()
    {
        Assert.NotEqual(NoticeKeys.ForFlag("nike"), NoticeKeys.ForComplaint("nike", RightType.Trademark, "TM-1"));
    }
}
