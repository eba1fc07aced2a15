using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grid.Domain.Languages;

namespace Grid.Domain.Tests;

public sealed partial class MessageCatalogTests
{
    public static TheoryData<MessageKey> Keys() => [.. Enum.GetValues<MessageKey>()];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryKey_HasEnglishAndChineseText(MessageKey key)
    {
        Assert.True(Messages.Catalog.TryGetValue(key, out var template), $"{key} has no text");
        Assert.False(string.IsNullOrWhiteSpace(template.En), $"{key} has no English");
        Assert.False(string.IsNullOrWhiteSpace(template.ZhHans), $"{key} has no Chinese");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryKey_HasTheSamePlaceholdersInBothLanguages(MessageKey key)
    {
        var template = Messages.Catalog[key];

        Assert.Equal(Messages.Placeholders(template.En).Order(), Messages.Placeholders(template.ZhHans).Order());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryChineseText_IsWrittenInChinese(MessageKey key)
    {
        var zh = Messages.Catalog[key].ZhHans;

        Assert.Matches(Han(), zh);
        Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", Placeholder().Replace(zh, "")); // no English sentence left in it
    }

    [Fact]
    public void ChineseText_UsesNoStraightQuotesAroundWords()
    {
        // Chinese quotes words “so”; an English 'x' left in a Chinese sentence is an untranslated fragment.
        Assert.All(Messages.Catalog, entry => Assert.DoesNotContain("'", entry.Value.ZhHans));
    }

    [Fact]
    public void EveryFactory_WritesACompleteMessage_InBothLanguages()
    {
        foreach (var factory in Factories())
        {
            var message = Invoke(factory).For("field");
            foreach (var language in Enum.GetValues<Language>())
            {
                var text = message.In(language);
                Assert.DoesNotMatch(Placeholder(), text);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{factory.Name} in {language}");
            }
        }
    }

    [Fact]
    public void EveryKey_IsWrittenBySomething()
    {
        var reached = new HashSet<MessageKey>(Enum.GetValues<MessageKey>().Where(k => k.ToString().StartsWith("Title", StringComparison.Ordinal)));
        foreach (var message in Factories().SelectMany(EveryVariant))
        {
            reached.Add(message.Key);
            foreach (var arg in message.Args) if (arg.Term is { } term) reached.Add(term);
        }
        foreach (var value in TermValues()) reached.Add(Messages.TermOf(value)!.Value);

        Assert.Empty(Enum.GetValues<MessageKey>().Except(reached));
    }

    public static TheoryData<Enum> TermValues() =>
    [
        .. Enum.GetValues<CaseStatus>().Cast<Enum>(), .. Enum.GetValues<CaseAction>().Cast<Enum>(),
        .. Enum.GetValues<RightType>().Cast<Enum>(), .. Enum.GetValues<PenaltyKind>().Cast<Enum>(),
    ];

    [Theory]
    [MemberData(nameof(TermValues))]
    public void EveryTerm_IsItsWireNameInEnglish_AndAWordInChinese(Enum value)
    {
        var key = Messages.TermOf(value);

        Assert.NotNull(key);
        Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), Messages.Render(key.Value, Language.En));
        Assert.Matches(Han(), Messages.Render(key.Value, Language.ZhHans));
    }

    [Fact]
    public void Terms_AreWrittenInTheReadersLanguage()
    {
        var message = Messages.CaseCannotTake(Guid.Empty, CaseStatus.TakenDown, CaseAction.Retract);

        Assert.Equal($"Case {Guid.Empty} is taken-down; it cannot take 'retract'.", message.English);
        Assert.Equal($"案件 {Guid.Empty} 当前状态为“已下架”，不能执行“撤回投诉”。", message.In(Language.ZhHans));
    }

    [Fact]
    public void AnArgumentThatLooksLikeAPlaceholder_IsWrittenAsItIs()
    {
        var message = Messages.BrandNotRegistered("{field}").For("brandId");

        Assert.Equal("Brand '{field}' is not registered.", message.English);
    }

    [Fact]
    public void AMissingArgument_StaysVisible_RatherThanFailing()
    {
        Assert.Equal("{field} is required.", Messages.Required().English);
    }

    [Fact]
    public void Times_AreWrittenInIso8601_InEveryLanguage()
    {
        var until = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

        Assert.Contains("2026-11-25T08:00:00.0000000+00:00", Messages.BrandSuspended("lotus", until).In(Language.ZhHans));
    }

    [Fact]
    public void InputMessages_NameTheirField()
    {
        Assert.Equal("title must be at most 512 characters.", Messages.TooLong(512).For("title").English);
        Assert.Equal("title 最多 512 个字符。", Messages.TooLong(512).For("title").In(Language.ZhHans));
    }

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Message));

    private static Message Invoke(MethodInfo factory) =>
        (Message)factory.Invoke(null, [.. factory.GetParameters().Select(p => Sample(p.ParameterType))])!;

    /// <summary>The factory called with every value of each of its enum parameters in turn (and null, where it may be).</summary>
    private static IEnumerable<Message> EveryVariant(MethodInfo factory)
    {
        var parameters = factory.GetParameters();
        yield return Invoke(factory);
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (!underlying.IsEnum) continue;
            IEnumerable<object?> values = [.. Enum.GetValues(underlying).Cast<object?>(), .. type != underlying ? new object?[] { null } : []];
            foreach (var value in values)
            {
                var args = parameters.Select(p => Sample(p.ParameterType)).ToArray();
                args[i] = value;
                yield return (Message)factory.Invoke(null, args)!;
            }
        }
    }

    private static object? Sample(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "x-1";
        if (type == typeof(Guid)) return Guid.NewGuid();
        if (type == typeof(int)) return 7;
        if (type == typeof(long)) return 7L;
        if (type == typeof(double)) return 0.97;
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        if (type == typeof(IEnumerable<string>)) return new[] { "a", "b" };
        if (type.IsEnum) return Enum.GetValues(type).GetValue(1);
        throw new InvalidOperationException($"No sample for {type}");
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
