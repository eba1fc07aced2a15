using Grid.Silo.Api.Auth;

namespace Grid.Tests.Security;

/// <summary>The key list is checked at start; each problem is named with its entry.</summary>
public sealed class ApiKeyListTests
{
    private static ApiKeyOptions One(string role, string? agentId = null, string? sellerId = null, params string[] brandIds) => new()
    {
        ApiKeys = [new ApiKeyEntry { Key = "a-long-enough-key-0001", Role = role, AgentId = agentId, SellerId = sellerId, BrandIds = [.. brandIds] }],
    };

    [Fact]
    public void AgentKey_WithAnAgentId_IsAccepted()
    {
        Assert.Empty(One("agent", agentId: "ipr-association-1").Validate());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("a\u0001b")]
    public void AgentKey_WithoutAUsableAgentId_IsRefused(string? agentId)
    {
        Assert.Contains(One("agent", agentId: agentId).Validate(), e => e.Contains("Grid:ApiKeys:0") && e.Contains("AgentId"));
    }

    [Fact]
    public void BrandAndSellerKeys_StillNeedTheirScope()
    {
        Assert.Contains(One("brand").Validate(), e => e.Contains("BrandIds"));
        Assert.Contains(One("seller").Validate(), e => e.Contains("SellerId"));
    }

    [Fact]
    public void OperatorKey_MayNameItsOperator_AndNoOtherKeyMay()
    {
        var named = One("operator");
        named.ApiKeys[0].OperatorId = "am-zhang-wei";
        Assert.Empty(named.Validate());

        var brand = One("brand", brandIds: "acme");
        brand.ApiKeys[0].OperatorId = "am-zhang-wei";
        Assert.Contains(brand.Validate(), e => e.Contains("OperatorId"));

        var padded = One("operator");
        padded.ApiKeys[0].OperatorId = " am ";
        Assert.Contains(padded.Validate(), e => e.Contains("OperatorId"));
    }

    [Fact]
    public void TwoKeysOfOneOperator_AreAccepted_SoAKeyCanBeRotated()
    {
        var options = new ApiKeyOptions
        {
            ApiKeys =
            [
                new ApiKeyEntry { Key = "a-long-enough-key-0001", Role = "operator", OperatorId = "am-1" },
                new ApiKeyEntry { Key = "a-long-enough-key-0002", Role = "operator", OperatorId = "am-1" },
            ],
        };
        Assert.Empty(options.Validate());
    }
}
