using Grid.Domain.Languages;

namespace Grid.Domain.Tests;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("en", Language.En)]
    [InlineData("EN", Language.En)]
    [InlineData("zh-CN", Language.ZhHans)]
    [InlineData("zh-cn", Language.ZhHans)]
    [InlineData("zh", Language.ZhHans)]
    public void AComplaint_NamesEnglishOrSimplifiedChinese(string tag, Language expected)
    {
        Assert.Equal(expected, LanguageTags.OfComplaint(tag));
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("")]
    [InlineData(" en")]
    [InlineData("en-US")]
    [InlineData("zh-TW")]
    [InlineData("zh-Hant")]
    [InlineData("fr")]
    [InlineData("*")]
    [InlineData("zh-CN;q=1")]
    public void AComplaint_NamingAnythingElse_IsRefused(string tag)
    {
        Assert.Null(LanguageTags.OfComplaint(tag));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-SG")]
    [InlineData("ZH-hans-cn")]
    public void Chinese_OfTheSimplifiedScript_IsAnsweredInSimplifiedChinese(string tag)
    {
        Assert.Equal(Language.ZhHans, LanguageTags.Negotiate([new(tag, 1)]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    public void English_InAnyRegion_IsAnsweredInEnglish(string tag)
    {
        Assert.Equal(Language.En, LanguageTags.Negotiate([new(tag, 1)]));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-HK")]
    [InlineData("zh-Hant")]
    [InlineData("fr")]
    [InlineData("english")]
    [InlineData("zhx")]
    public void ALanguageTheGridDoesNotWrite_AsksForNothing(string tag)
    {
        Assert.Null(LanguageTags.Negotiate([new(tag, 1)]));
    }

    [Fact]
    public void TheHighestQualityTheGridWrites_Wins()
    {
        Assert.Equal(Language.ZhHans, LanguageTags.Negotiate([new("en", 0.5), new("zh-CN", 0.9)]));
        Assert.Equal(Language.En, LanguageTags.Negotiate([new("zh-CN", 0.4), new("en", 0.8)]));
    }

    [Fact]
    public void AtEqualQuality_TheFirstSentWins()
    {
        Assert.Equal(Language.ZhHans, LanguageTags.Negotiate([new("zh", 1), new("en", 1)]));
    }

    [Fact]
    public void ALanguageTheGridDoesNotWrite_IsSkipped_ForTheNextPreference()
    {
        Assert.Equal(Language.ZhHans, LanguageTags.Negotiate([new("fr-FR", 1), new("fr", 0.9), new("zh-CN", 0.8), new("en", 0.7)]));
    }

    [Fact]
    public void QualityZero_MeansNotThisLanguage()
    {
        Assert.Equal(Language.En, LanguageTags.Negotiate([new("zh-CN", 0), new("en", 0.1)]));
        Assert.Null(LanguageTags.Negotiate([new("zh-CN", 0)]));
    }

    [Fact]
    public void AnyLanguage_LeavesTheChoiceToTheNotice()
    {
        Assert.Null(LanguageTags.Negotiate([new("*", 1), new("zh", 0.5)]));
    }

    [Fact]
    public void NoRanges_AskForNothing()
    {
        Assert.Null(LanguageTags.Negotiate([]));
    }

    [Fact]
    public void WhatAPersonReads_FollowsTheirAsk_ThenTheNotice_ThenEnglish()
    {
        Assert.Equal(Language.En, LanguageTags.Choose(Language.En, Language.ZhHans));
        Assert.Equal(Language.ZhHans, LanguageTags.Choose(null, Language.ZhHans));
        Assert.Equal(Language.En, LanguageTags.Choose(null, null));
    }

    [Fact]
    public void AComplaint_IsInTheLanguageItNames_ElseTheOneItsSenderAsksFor_ElseEnglish()
    {
        Assert.Equal(Language.En, LanguageTags.OfFiling(Language.En, Language.ZhHans));
        Assert.Equal(Language.ZhHans, LanguageTags.OfFiling(null, Language.ZhHans));
        Assert.Equal(Language.En, LanguageTags.OfFiling(null, null));
    }

    [Fact]
    public void Tags_AreTheOnesComplaintsAreWrittenWith()
    {
        Assert.Equal(["en", "zh-CN"], Enum.GetValues<Language>().Select(LanguageTags.Tag));
        Assert.All(Enum.GetValues<Language>(), l => Assert.Equal(l, LanguageTags.OfComplaint(LanguageTags.Tag(l))));
    }
}
