using System.Text;
using System.Xml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.Documents.Docx;

/// <summary>Turns plain text into runs: line breaks and tabs kept, characters XML forbids left out.</summary>
internal static class DocxText
{
    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 cannot carry (control characters
    /// other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates).
    /// Null gives "".
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
            }
            else
            {
                cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>
    /// One run holding <paramref name="text"/> (cleaned): each line break (\r\n, \n or \r)
    /// becomes a break and each tab a tab. None when the text is empty.
    /// </summary>
    public static IEnumerable<W.Run> Runs(string? text, Func<W.RunProperties>? properties = null)
    {
        var clean = Clean(text).ReplaceLineEndings("\n");
        if (clean.Length == 0)
        {
            yield break;
        }

        var run = new W.Run();
        if (properties is not null)
        {
            run.RunProperties = properties();
        }

        var lines = clean.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                run.AppendChild(new W.Break());
            }

            var pieces = lines[l].Split('\t');
            for (var p = 0; p < pieces.Length; p++)
            {
                if (p > 0)
                {
                    run.AppendChild(new W.TabChar());
                }

                if (pieces[p].Length > 0)
                {
                    run.AppendChild(Text(pieces[p]));
                }
            }
        }

        yield return run;
    }

    /// <summary>A text element that keeps leading and trailing spaces. The caller cleans the text.</summary>
    public static W.Text Text(string text) => new(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve };

    /// <summary>A paragraph in <paramref name="styleId"/> holding <paramref name="text"/> (see <see cref="Runs"/>).</summary>
    public static W.Paragraph Paragraph(string styleId, string? text, Func<W.RunProperties>? properties = null)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } });
        paragraph.Append(Runs(text, properties));
        return paragraph;
    }
}
