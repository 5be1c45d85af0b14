using System.Globalization;
using System.Text;

namespace Retning.Documents.Pdf;

/// <summary>
/// The <c>@page</c> rules that give a printed document its A4 size, margins, a running header
/// on every page (top left) and "Side n af N" (bottom right). Chromium (verified with Debian's
/// Chromium 156 and <c>--print-to-pdf --no-pdf-header-footer</c>) draws CSS page-margin boxes
/// with the <c>page</c>/<c>pages</c> counters, so no PDF post-processing is needed.
/// </summary>
public static class PdfPageCss
{
    /// <summary>
    /// CSS for the document's &lt;style&gt; element. <paramref name="runningHeader"/> is plain
    /// text (e.g. "Statusrapport · Søren Ærø Østergård · 01-01-2026 – 30-06-2026"); it is
    /// escaped here, including "&lt;" so that the CSS cannot end the &lt;style&gt; element.
    /// </summary>
    public static string For(string runningHeader)
    {
        ArgumentNullException.ThrowIfNull(runningHeader);
        return $$"""
            @page {
              size: A4;
              margin: 22mm 18mm 20mm 18mm;
              @top-left {
                content: {{CssString(runningHeader)}};
                font-family: "IBM Plex Sans", Arial, Helvetica, sans-serif;
                font-size: 9pt;
                color: #333;
                vertical-align: bottom;
                padding-bottom: 4mm;
              }
              @bottom-right {
                content: "Side " counter(page) " af " counter(pages);
                font-family: "IBM Plex Sans", Arial, Helvetica, sans-serif;
                font-size: 9pt;
                color: #333;
                vertical-align: top;
                padding-top: 4mm;
              }
            }

            """;
    }

    /// <summary>
    /// <paramref name="text"/> as a double-quoted CSS string: backslash and quote escaped,
    /// line breaks and other control characters as hex escapes (a line break shows as a space
    /// in a margin box), NUL as U+FFFD, and &lt; &gt; &amp; as hex escapes so the result is
    /// safe inside an HTML &lt;style&gt; element. Letters such as æøå stay as they are.
    /// </summary>
    public static string CssString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                case '\\':
                    css.Append('\\').Append(c);
                    break;
                case '\0':
                    css.Append('\uFFFD');
                    break;
                case '<' or '>' or '&':
                case < ' ' or '\u007F':
                case '\u2028' or '\u2029':
                    // A hex escape ends at the first non-hex character; the space after it is
                    // part of the escape, so the next character can never run into it.
                    css.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
                    break;
                default:
                    css.Append(c);
                    break;
            }
        }

        return css.Append('"').ToString();
    }
}
