using System.Buffers.Text;
using Grid.Domain.Review;
using static Grid.Domain.Tests.Support.Clock;

namespace Grid.Domain.Tests;

public sealed class ReviewCursorTests
{
    private static readonly ReviewKey Sample = new(ReviewPriority.Trusted, Day(2), Day(0), Guid.Parse("7d1c1b1e-2f3a-4b5c-8d6e-0123456789ab"));

    [Fact]
    public void Cursor_DecodesToTheKeyItWasMadeFrom()
    {
        Assert.True(ReviewCursor.TryDecode(ReviewCursor.Encode(Sample), out var key));
        Assert.Equal(Sample, key);
    }

    [Fact]
    public void KeyWithoutDueTime_RoundTrips()
    {
        var noDue = Sample with { DueAt = null, Priority = ReviewPriority.Standard };

        Assert.True(ReviewCursor.TryDecode(ReviewCursor.Encode(noDue), out var key));
        Assert.Equal(noDue, key);
    }

    [Fact]
    public void Cursor_IsUrlSafeAndShort()
    {
        var text = ReviewCursor.Encode(Sample);

        Assert.True(text.Length <= ReviewCursor.MaxTextLength);
        Assert.All(text, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("not a cursor")]
    [InlineData("AAAA")]
    [InlineData("%00%01")]
    [InlineData("🙂🙂🙂🙂")]
    public void Garbage_IsNoCursor(string text)
    {
        Assert.False(ReviewCursor.TryDecode(text, out _));
    }

    [Fact]
    public void TooLongText_IsNoCursor()
    {
        Assert.False(ReviewCursor.TryDecode(new string('A', 10_000), out _));
    }

    [Fact]
    public void CursorWithPaddingOrTrailingText_IsNoCursor()
    {
        var text = ReviewCursor.Encode(Sample);

        Assert.False(ReviewCursor.TryDecode(text + "=", out _));
        Assert.False(ReviewCursor.TryDecode(text + "A", out _));
        Assert.False(ReviewCursor.TryDecode(text[..^1], out _));
    }

    [Theory]
    [InlineData(0, 2)]    // unknown version
    [InlineData(1, 200)]  // unknown priority
    [InlineData(2, 7)]    // has-due is neither 0 nor 1
    [InlineData(3, 0xFF)] // due ticks beyond any date
    public void TamperedCursor_IsNoCursor(int at, byte value)
    {
        var bytes = Base64Url.DecodeFromChars(ReviewCursor.Encode(Sample));
        bytes[at] = value;

        Assert.False(ReviewCursor.TryDecode(Base64Url.EncodeToString(bytes), out _));
    }

    [Fact]
    public void AnyText_IsAnsweredWithoutThrowing()
    {
        var random = new Random(42);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ %\u0000";
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0
                ? Base64Url.EncodeToString(Enumerable.Range(0, random.Next(0, 48)).Select(_ => (byte)random.Next(256)).ToArray())
                : new string([.. Enumerable.Range(0, random.Next(0, 70)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            ReviewCursor.TryDecode(text, out _);
        }
    }
}
