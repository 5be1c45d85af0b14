using Retning.Domain.Common;

namespace Retning.UnitTests.Common;

/// <summary>What is removed from typed text before it is bound, checked or stored.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("Anna\u202EnesneaJ", "AnnanesneaJ")] // right-to-left override: the name would read backwards
    [InlineData("\u202Adoc\u202B\u202C\u202Dx\u202E", "docx")]
    [InlineData("\u2066Anna\u2069 \u2067B\u2068", "Anna B")]
    [InlineData("Anna\0Jensen", "AnnaJensen")]
    [InlineData("a\u0001b\u0007c\u001Bd\u001Fe", "abcde")]
    public void Direction_controls_and_control_characters_are_removed(string typed, string expected) =>
        Assert.Equal(expected, TypedText.Clean(typed));

    [Theory]
    [InlineData("Første linje\r\nAnden linje", "Første linje\nAnden linje")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\tb\nc", "a\tb\nc")]
    public void Tab_and_line_breaks_stay_and_every_line_break_becomes_a_newline(string typed, string expected) =>
        Assert.Equal(expected, TypedText.Clean(typed));

    [Theory]
    [InlineData("Ærø Østergård Åbyhøj")]
    [InlineData("محمد علي")] // right-to-left script needs no override to read correctly
    [InlineData("שלום")]
    [InlineData("👩‍👩‍👧 ZWJ \u200D and soft\u00ADhyphen")]
    [InlineData("")]
    public void Ordinary_text_in_any_script_is_unchanged(string typed) =>
        Assert.Same(typed, TypedText.Clean(typed));

    [Fact]
    public void Text_over_the_limit_gets_the_message_with_both_numbers()
    {
        Assert.Null(TextLimits.TooLong(new string('x', 200), TextLimits.Name));
        Assert.Null(TextLimits.TooLong(null, TextLimits.Name));
        Assert.Equal("Teksten er for lang: højst 200 tegn (nu 201).", TextLimits.TooLong(new string('x', 201), TextLimits.Name));
        Assert.Equal("Teksten er for lang: højst 20000 tegn (nu 1048576).", TextLimits.TooLong(new string('x', 1 << 20), TextLimits.LongText));
    }
}
