using Retning.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.Documents.Docx;

/// <summary>
/// Tables: data tables and the two-column block with borders and a header row that repeats on
/// every page; the title block's facts as a borderless label/value table.
/// </summary>
internal static class DocxTables
{
    public static W.Table Data(DataTable table)
    {
        var widths = ColumnWidths(table);
        var result = Grid(widths, bordered: true, CaptionText(table.Caption));
        result.Append(HeaderRow(widths, table.Headers));
        foreach (var row in table.Rows)
        {
            result.Append(Row(widths, row.Select(text => DocxText.Paragraph(DocxStyles.TableText, text))));
        }

        return result;
    }

    public static W.Table TwoColumns(TwoColumns block)
    {
        var half = DocxLayout.TextWidth / 2;
        int[] widths = [half, DocxLayout.TextWidth - half];
        var result = Grid(widths, bordered: true, accessibleTitle: null);
        result.Append(HeaderRow(widths, [block.LeftTitle, block.RightTitle]));
        result.Append(Row(widths, [DocxText.Paragraph(DocxStyles.TableText, block.LeftText), DocxText.Paragraph(DocxStyles.TableText, block.RightText)]));
        return result;
    }

    public static W.Table Facts(IReadOnlyList<TitleFact> facts)
    {
        const int labelWidth = 2_835; // 5 cm
        int[] widths = [labelWidth, DocxLayout.TextWidth - labelWidth];
        var result = Grid(widths, bordered: false, accessibleTitle: null);
        foreach (var fact in facts)
        {
            result.Append(Row(widths, [DocxText.Paragraph(DocxStyles.FactLabel, fact.Label), DocxText.Paragraph(DocxStyles.TableText, fact.Value)]));
        }

        return result;
    }

    /// <summary>
    /// An empty, tight paragraph to follow every table: Word merges two tables that touch, and a
    /// body must not end in a table.
    /// </summary>
    public static W.Paragraph Spacer() => new(new W.ParagraphProperties
    {
        SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
    });

    /// <summary>
    /// Column widths in twips, adding up to the text width: each column's share follows its
    /// longest line (capped, so one long remark does not squeeze the rest), and is at least its
    /// longest word (plus room for the cell margins), so a date or a heading is not broken inside.
    /// The unit is characters, roughly: 16 cm over a few dozen of them.
    /// </summary>
    private static int[] ColumnWidths(DataTable table)
    {
        var weights = new double[table.Headers.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            var texts = table.Rows.Select(r => r[c]).Prepend(table.Headers[c]).Select(t => DocxText.Clean(t).ReplaceLineEndings("\n")).ToList();
            var longestLine = texts.SelectMany(t => t.Split('\n')).Max(l => l.Trim().Length);
            var longestWord = texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).DefaultIfEmpty(string.Empty).Max(w => w.Length);
            weights[c] = Math.Max(Math.Max(Math.Min(longestLine, 40), Math.Min(longestWord, 24) + 3), 6);
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)(DocxLayout.TextWidth * w / total)).ToArray();
        widths[^1] += DocxLayout.TextWidth - widths.Sum(); // rounding
        return widths;
    }

    /// <summary>The caption to show, or null when there is none.</summary>
    public static string? CaptionText(string? caption)
    {
        var clean = DocxText.Clean(caption).Trim();
        return clean.Length > 0 ? clean : null;
    }

    /// <param name="widths">Column widths in twips; they add up to the text width.</param>
    /// <param name="bordered">Whether the cells get borders.</param>
    /// <param name="accessibleTitle">The table's title for screen readers (Word's alt text), if any.</param>
    private static W.Table Grid(int[] widths, bool bordered, string? accessibleTitle)
    {
        var properties = new W.TableProperties
        {
            TableStyle = bordered ? new W.TableStyle { Val = DocxStyles.TableGrid } : null,
            TableWidth = new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            TableBorders = bordered ? Borders() : NoBorders(),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = (short)(bordered ? 108 : 0), Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa }),
            TableLook = new W.TableLook { Val = "04A0", FirstRow = bordered, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        if (accessibleTitle is not null)
        {
            properties.TableCaption = new W.TableCaption { Val = accessibleTitle };
        }

        return new W.Table(properties, new W.TableGrid(widths.Select(w => new W.GridColumn { Width = Twips(w) })));
    }

    /// <summary>The header row: bold, shaded, repeated at the top of every page; never split.</summary>
    private static W.TableRow HeaderRow(int[] widths, IEnumerable<string> titles)
    {
        var row = Row(widths, titles.Select(t => DocxText.Paragraph(DocxStyles.TableHeading, t)), shade: true);
        row.PrependChild(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));
        return row;
    }

    private static W.TableRow Row(int[] widths, IEnumerable<W.Paragraph> cells, bool shade = false)
    {
        var row = new W.TableRow();
        var i = 0;
        foreach (var paragraph in cells)
        {
            var cellProperties = new W.TableCellProperties
            {
                TableCellWidth = new W.TableCellWidth { Width = Twips(widths[i++]), Type = W.TableWidthUnitValues.Dxa },
            };
            if (shade)
            {
                cellProperties.Shading = new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = DocxStyles.HeaderFill };
            }

            row.Append(new W.TableCell(cellProperties, paragraph));
        }

        return row;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static W.TableBorders Borders() => new(
        new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule },
        new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule },
        new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule },
        new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule },
        new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule },
        new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = DocxStyles.Rule });

    private static W.TableBorders NoBorders() => new(
        new W.TopBorder { Val = W.BorderValues.Nil },
        new W.LeftBorder { Val = W.BorderValues.Nil },
        new W.BottomBorder { Val = W.BorderValues.Nil },
        new W.RightBorder { Val = W.BorderValues.Nil },
        new W.InsideHorizontalBorder { Val = W.BorderValues.Nil },
        new W.InsideVerticalBorder { Val = W.BorderValues.Nil });
}
