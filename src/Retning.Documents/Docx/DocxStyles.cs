using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.Documents.Docx;

/// <summary>
/// The styles part. Paragraph styles carry the look, so a reader can restyle the document in
/// Word; Title and Heading 1–3 use Word's built-in names ("Title", "heading 1" …) and outline
/// levels, so Word's and LibreOffice's navigation pane and table of contents find the headings.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Caption = "Caption";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string FactLabel = "FactLabel";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    public const string Font = "Arial"; // on every Windows and Mac; Liberation Sans has its metrics on Linux
    public const string Language = "da-DK";

    public const string Ink = "1A1A1A";
    public const string Accent = "1F3A5F"; // dark navy, 11.6:1 on white
    public const string Muted = "595959"; // 7:1 on white
    public const string Rule = "8C8C8C";
    public const string HeaderFill = "E6ECF2";

    public static string ForHeading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    public static void AddTo(MainDocumentPart mainPart)
    {
        var part = mainPart.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new W.Styles(
            Defaults(),
            Paragraph(Normal, "Normal", basedOn: null, isDefault: true),
            Paragraph(Title, "Title", Normal, outlineLevel: null, keepNext: true,
                spacing: new W.SpacingBetweenLines { Before = "0", After = "240" },
                border: new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 12, Space = 4, Color = Accent }),
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Accent }, new W.Kern { Val = 28 }, new W.FontSize { Val = "44" }, new W.FontSizeComplexScript { Val = "44" })),
            Paragraph(Heading1, "heading 1", Normal, outlineLevel: 0, keepNext: true,
                spacing: new W.SpacingBetweenLines { Before = "360", After = "120" },
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Accent }, new W.FontSize { Val = "32" }, new W.FontSizeComplexScript { Val = "32" })),
            Paragraph(Heading2, "heading 2", Normal, outlineLevel: 1, keepNext: true,
                spacing: new W.SpacingBetweenLines { Before = "280", After = "100" },
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Accent }, new W.FontSize { Val = "26" }, new W.FontSizeComplexScript { Val = "26" })),
            Paragraph(Heading3, "heading 3", Normal, outlineLevel: 2, keepNext: true,
                spacing: new W.SpacingBetweenLines { Before = "220", After = "80" },
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Ink }, new W.FontSize { Val = "22" }, new W.FontSizeComplexScript { Val = "22" })),
            Paragraph(Caption, "caption", Normal, outlineLevel: null, keepNext: true,
                spacing: new W.SpacingBetweenLines { Before = "120", After = "80" },
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Ink }, new W.FontSize { Val = "20" }, new W.FontSizeComplexScript { Val = "20" })),
            Paragraph(TableText, "Table Text", Normal, outlineLevel: null, keepNext: false,
                spacing: new W.SpacingBetweenLines { Before = "40", After = "40", Line = "252", LineRule = W.LineSpacingRuleValues.Auto },
                run: new W.RunProperties(new W.FontSize { Val = "20" }, new W.FontSizeComplexScript { Val = "20" })),
            Paragraph(TableHeading, "Table Heading", TableText, outlineLevel: null, keepNext: true,
                spacing: null,
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Ink })),
            Paragraph(FactLabel, "Fact Label", TableText, outlineLevel: null, keepNext: false,
                spacing: null,
                run: new W.RunProperties(new W.Bold(), new W.Color { Val = Muted })),
            Paragraph(Header, "header", Normal, outlineLevel: null, keepNext: false,
                spacing: new W.SpacingBetweenLines { Before = "0", After = "0" },
                border: new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 4, Color = Rule }),
                tabs: new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = DocxLayout.RightTab }),
                run: new W.RunProperties(new W.Color { Val = Muted }, new W.FontSize { Val = "18" }, new W.FontSizeComplexScript { Val = "18" })),
            Paragraph(Footer, "footer", Normal, outlineLevel: null, keepNext: false,
                spacing: new W.SpacingBetweenLines { Before = "0", After = "0" },
                border: new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 4, Color = Rule }),
                tabs: new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = DocxLayout.RightTab }),
                run: new W.RunProperties(new W.Color { Val = Muted }, new W.FontSize { Val = "18" }, new W.FontSizeComplexScript { Val = "18" })),
            TableGridStyle());
    }

    /// <summary>Font, size, language and spacing every style inherits.</summary>
    private static W.DocDefaults Defaults() => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
            new W.RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new W.Color { Val = Ink },
            new W.FontSize { Val = "22" },
            new W.FontSizeComplexScript { Val = "22" },
            new W.Languages { Val = Language, EastAsia = Language })),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
            new W.SpacingBetweenLines { Before = "0", After = "120", Line = "276", LineRule = W.LineSpacingRuleValues.Auto })));

    private static W.Style Paragraph(string id, string name, string? basedOn, bool isDefault) =>
        Paragraph(id, name, basedOn, outlineLevel: null, keepNext: false, spacing: null, run: null, isDefault: isDefault);

    private static W.Style Paragraph(
        string id,
        string name,
        string? basedOn,
        int? outlineLevel,
        bool keepNext,
        W.SpacingBetweenLines? spacing,
        W.RunProperties? run,
        W.ParagraphBorders? border = null,
        W.Tabs? tabs = null,
        bool isDefault = false)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new W.BasedOn { Val = basedOn });
        }

        style.Append(new W.NextParagraphStyle { Val = id is Title or Heading1 or Heading2 or Heading3 or Caption ? Normal : id });
        style.Append(new W.UIPriority { Val = id is Normal ? 0 : outlineLevel is null ? 39 : 9 });
        style.Append(new W.PrimaryStyle());

        var paragraph = new W.StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.KeepNext = new W.KeepNext();
            paragraph.KeepLines = new W.KeepLines();
        }

        paragraph.ParagraphBorders = border;
        paragraph.Tabs = tabs;
        paragraph.SpacingBetweenLines = spacing;
        if (outlineLevel is { } level)
        {
            paragraph.OutlineLevel = new W.OutlineLevel { Val = level };
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(new W.StyleRunProperties(run.ChildElements.Select(c => c.CloneNode(true))));
        }

        return style;
    }

    /// <summary>Word's built-in "Table Grid": thin grey borders, small cell margins.</summary>
    private static W.Style TableGridStyle() => new(
        new W.StyleName { Val = "Table Grid" },
        new W.UIPriority { Val = 59 },
        new W.StyleTableProperties(
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = Rule }),
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
    {
        Type = W.StyleValues.Table,
        StyleId = TableGrid,
    };
}
