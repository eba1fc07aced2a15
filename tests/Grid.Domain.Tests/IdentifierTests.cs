using Grid.Domain.Input;
using Grid.Domain.Languages;

namespace Grid.Domain.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("nike")]
    [InlineData("listing-0001")]
    [InlineData("TM 12345678")]
    [InlineData("耐克-旗舰店")]
    [InlineData("seller_😀")]
    [InlineData("a")]
    public void OrdinaryIds_AreAccepted(string value)
    {
        Assert.Null(Identifier.Problem(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\u3000")]
    public void NullOrBlank_IsRequired(string? value)
    {
        Assert.Equal(MessageKey.Required, Identifier.Problem(value)?.Key);
    }

    [Fact]
    public void IdOfExactly128Characters_IsAccepted()
    {
        Assert.Null(Identifier.Problem(new string('x', 128)));
    }

    [Fact]
    public void IdOf129Characters_IsTooLong()
    {
        var problem = Identifier.Problem(new string('x', 129));

        Assert.NotNull(problem);
        Assert.Equal("listingId must be at most 128 characters.", problem.For("listingId").English);
    }

    [Fact]
    public void CjkIdOf128Characters_IsAccepted()
    {
        Assert.Null(Identifier.Problem(string.Concat(Enumerable.Repeat("耐克", 64))));
    }

    [Theory]
    [InlineData(" nike")]
    [InlineData("nike ")]
    [InlineData("\tnike")]
    [InlineData("nike\n")]
    [InlineData("\u3000耐克")]
    public void LeadingOrTrailingWhiteSpace_IsRefused(string value)
    {
        Assert.Equal(MessageKey.PaddedWithSpace, Identifier.Problem(value)?.Key);
    }

    [Theory]
    [InlineData("ni\u0000ke")]
    [InlineData("\u0000")]
    [InlineData("line\nbreak")]
    [InlineData("car\rriage")]
    [InlineData("bell\u0007")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085x")]
    public void ControlCharacters_AreRefused(string value)
    {
        Assert.Equal(MessageKey.ControlCharacters, Identifier.Problem(value)?.Key);
    }

    // Built in code, not in [InlineData]: theory data is serialized as UTF-8 for the runner, which would turn a
    // lone surrogate into U+FFFD before the test ever saw it.
    private static readonly string[] BrokenUtf16 =
    [
        new string((char)0xD800, 1),
        "abc" + (char)0xD83D,
        (char)0xDE00 + "abc",
        "a" + (char)0xD83D + "b",
        "a" + (char)0xDE00 + (char)0xD83D + "b",
    ];

    [Fact]
    public void LoneSurrogates_AreRefused()
    {
        foreach (var value in BrokenUtf16)
            Assert.Equal(MessageKey.BrokenUnicode, Identifier.Problem(value)?.Key);
    }

    [Fact]
    public void SurrogatePair_IsAccepted()
    {
        Assert.Null(Identifier.Problem("x" + (char)0xD83D + (char)0xDE00));
    }

    [Fact]
    public void FreeText_AllowsInnerSpacesButNotControlCharacters()
    {
        Assert.Null(Identifier.FreeTextProblem("Fake Air Max 90 — 假货"));
        Assert.NotNull(Identifier.FreeTextProblem("Fake\u0000Air"));
        Assert.NotNull(Identifier.FreeTextProblem(new string((char)0xD800, 1)));
    }

    [Theory]
    [InlineData("该商品使用了与我方注册商标“耐克”（第1234567号）近似的标识，包装、吊牌及防伪码均与正品不符，系假冒商品。")]
    [InlineData("【投诉说明】权利人：耐克创新有限合伙公司；商品链接：https://item.taobao.com/item.htm?id=600000000001；鉴定结论：假货。")]
    [InlineData("本店商品均从品牌授权经销商处进货，附进货发票（编号 No.2291）及授权书，请核实。")]
    [InlineData("全角字符ＡＢＣ１２３、Emoji 😀 与繁體字混排亦可")]
    public void ChineseComplaintText_IsAcceptedAsFreeText(string text)
    {
        Assert.Null(Identifier.FreeTextProblem(text));
    }

    [Theory]
    [InlineData("耐克官方旗舰店")]
    [InlineData("第1234567号")]
    [InlineData("天猫-李宁-运动鞋-001")]
    public void ChineseNamesAndRegistrationNumbers_AreAcceptedAsIds(string value)
    {
        Assert.Null(Identifier.Problem(value));
    }
}

public sealed class ProseTests
{
    [Theory]
    [InlineData("第一行：商品为正品。\n第二行：附发票编号 2291。")]
    [InlineData("Line one.\r\nLine two.\tTabbed.")]
    public void Prose_MayRunOverSeveralLines(string text)
    {
        Assert.Null(Identifier.ProseProblem(text));
        Assert.NotNull(Identifier.FreeTextProblem(text)); // one-line text (names, titles, ids) still refuses them
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001bb")]
    [InlineData("a\u0085b")]
    public void Prose_StillRefusesOtherControlCharacters(string text)
    {
        Assert.NotNull(Identifier.ProseProblem(text));
    }

    [Fact]
    public void Prose_StillRefusesBrokenUnicode()
    {
        Assert.NotNull(Identifier.ProseProblem("a" + (char)0xD800 + "b"));
    }
}
