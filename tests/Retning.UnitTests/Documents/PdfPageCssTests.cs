using Retning.Documents.Pdf;

namespace Retning.UnitTests.Documents.Pdf;

/// <summary>The print CSS and the escaping of the running header into a CSS string.</summary>
public sealed class PdfPageCssTests
{
    [Theory]
    [InlineData("Åse Ærø-Østergård", "\"Åse Ærø-Østergård\"")]
    [InlineData("Statusrapport · 01-01-2026 – 30-06-2026", "\"Statusrapport · 01-01-2026 – 30-06-2026\"")]
    [InlineData("Søren \"Søs\" Bæk", "\"Søren \\\"Søs\\\" Bæk\"")]
    [InlineData("C:\\mappe", "\"C:\\\\mappe\"")]
    [InlineData("linje 1\nlinje 2", "\"linje 1\\a linje 2\"")]
    [InlineData("a\r\nb", "\"a\\d \\a b\"")]
    [InlineData("tab\there", "\"tab\\9 here\"")]
    [InlineData("nul\0", "\"nul\uFFFD\"")]
    [InlineData("'enkelt'", "\"'enkelt'\"")]
    [InlineData("", "\"\"")]
    public void Css_string_escapes_quote_backslash_and_control_characters(string text, string expected) =>
        Assert.Equal(expected, PdfPageCss.CssString(text));

    [Fact]
    public void Css_string_cannot_end_the_style_element()
    {
        var css = PdfPageCss.CssString("</style><script>alert(1)</script> & co");

        Assert.Equal("\"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  \\26  co\"", css);
        Assert.DoesNotContain('<', css);
        Assert.DoesNotContain('>', css);
    }

    [Fact]
    public void A_hex_escape_is_closed_so_a_following_hex_digit_stays_a_letter()
    {
        // Without the closing space, "\a" followed by "b" would read as the character U+00AB.
        Assert.Equal("\"x\\a b\"", PdfPageCss.CssString("x\nb"));
    }

    [Fact]
    public void Page_css_sets_a4_the_running_header_and_page_numbers()
    {
        var css = PdfPageCss.For("Statusrapport · Åse \"Søs\" Ærø · 01-01-2026 – 30-06-2026");

        Assert.StartsWith("@page {", css, StringComparison.Ordinal);
        Assert.Contains("size: A4;", css, StringComparison.Ordinal);
        Assert.Contains("@top-left {", css, StringComparison.Ordinal);
        Assert.Contains("content: \"Statusrapport · Åse \\\"Søs\\\" Ærø · 01-01-2026 – 30-06-2026\";", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-right {", css, StringComparison.Ordinal);
        Assert.Contains("content: \"Side \" counter(page) \" af \" counter(pages);", css, StringComparison.Ordinal);
        Assert.Equal(css.Count(c => c == '{'), css.Count(c => c == '}'));
    }
}
