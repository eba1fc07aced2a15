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
}
