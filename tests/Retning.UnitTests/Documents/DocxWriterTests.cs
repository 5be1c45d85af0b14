using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Retning.Documents.Docx;
using Retning.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.UnitTests.Documents.Docx;

/// <summary>The DOCX writer, read back with the Open XML SDK.</summary>
public sealed class DocxWriterTests
{
    private static readonly Lazy<byte[]> FullDocx = new(() => DocxWriter.Write(DocxSample.Full()));

    private static DocumentModel Only(params DocumentBlock[] blocks) => new("Titel", [], "Hoved", blocks);

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void Every_block_type_gives_a_valid_document(FileFormatVersions version)
    {
        var errors = DocxRead.ValidationErrors(FullDocx.Value, version);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Danish_letters_and_long_text_survive_a_round_trip()
    {
        var text = DocxRead.BodyText(FullDocx.Value);

        Assert.Contains(DocxSample.DanishLetters, text, StringComparison.Ordinal);
        Assert.Contains(DocxSample.LongText, text, StringComparison.Ordinal);
        Assert.Contains("æøå ÆØÅ", text, StringComparison.Ordinal);
        Assert.Contains("Botilbuddet Lærkereden, afdeling Øst", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_tabs_are_kept()
    {
        var docx = DocxWriter.Write(Only(new Paragraph("Første linje\r\nAnden linje\nTredje\r\n\nefter tom linje\tefter tab  ")));

        using var document = DocxRead.Open(docx);
        var paragraph = Assert.Single(DocxRead.BodyParagraphs(document), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Normal");
        Assert.Equal("Første linje\nAnden linje\nTredje\n\nefter tom linje\tefter tab  ", DocxRead.Text(paragraph));
        Assert.All(paragraph.Descendants<W.Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space?.Value));
    }

    [Fact]
    public void Title_and_headings_use_the_named_styles_with_outline_levels()
    {
        using var document = DocxRead.Open(FullDocx.Value);
        var styled = DocxRead.BodyParagraphs(document)
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: DocxRead.Text(p)))
            .ToList();

        Assert.Equal("Title", styled[0].Style);
        Assert.Equal(DocxSample.Title, styled[0].Text);
        Assert.Contains(("Heading1", "Sammenfatning"), styled);
        Assert.Contains(("Heading2", "Mål 1: Agnes klarer sin egen økonomi"), styled);
        Assert.Contains(("Heading3", "Delmål 1.1: Betaler regninger til tiden"), styled);

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("Title", styles["Title"].StyleName!.Val!.Value);
        for (var level = 1; level <= Heading.MaxLevel; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(style.StyleParagraphProperties.KeepNext);
        }
    }

    [Fact]
    public void Language_font_page_and_properties_are_set()
    {
        using var document = DocxRead.Open(FullDocx.Value);

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("da-DK", defaults.Languages!.Val!.Value);
        Assert.Equal("Arial", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("da-DK", document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<W.ThemeFontLanguages>()!.Val!.Value);

        var section = document.MainDocumentPart.Document!.Body!.Elements<W.SectionProperties>().Single();
        Assert.Equal(11_906U, section.GetFirstChild<W.PageSize>()!.Width!.Value); // A4: 210 mm
        Assert.Equal(16_838U, section.GetFirstChild<W.PageSize>()!.Height!.Value); // 297 mm
        Assert.Equal(1_418, section.GetFirstChild<W.PageMargin>()!.Top!.Value); // 2.5 cm

        Assert.Equal("/docProps/core.xml", document.CoreFilePropertiesPart?.Uri.OriginalString);
        Assert.Equal(DocxSample.Title, document.PackageProperties.Title);
        Assert.Equal("da-DK", document.PackageProperties.Language);
        Assert.Equal("Retning", document.PackageProperties.Creator);
        Assert.Equal(new DateTime(2026, 9, 7, 8, 30, 0, DateTimeKind.Utc), document.PackageProperties.Created?.ToUniversalTime());
    }

    [Fact]
    public void The_image_is_an_embedded_png_sized_by_its_aspect_ratio_with_alt_text()
    {
        using var document = DocxRead.Open(FullDocx.Value);
        var main = document.MainDocumentPart!;

        var imagePart = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", imagePart.ContentType);
        using (var stream = imagePart.GetStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            Assert.Equal(DocxSample.ChartPng.Value, copy.ToArray());
        }

        var inline = Assert.Single(main.Document!.Descendants<DW.Inline>());
        const long textWidth = 9_070 * 635L; // 16 cm asked; the text width (9,070 twips) is a hair less
        Assert.Equal(textWidth, inline.Extent!.Cx!.Value);
        Assert.Equal(Math.Round(textWidth * 540 / 1200d), inline.Extent.Cy!.Value); // the PNG is 1200 × 540
        Assert.Equal(DocxSample.ChartDescription, inline.DocProperties!.Description!.Value);
        Assert.Equal(main.GetIdOfPart(imagePart), inline.Descendants<A.Blip>().Single().Embed!.Value);
    }

    [Fact]
    public void An_image_wider_than_the_text_is_shrunk_to_it_and_drawing_ids_are_unique()
    {
        var png = DocxSample.ChartPng.Value;
        var docx = DocxWriter.Write(Only(new Image(png, 30, "Bred"), new Image(png, 8, "Smal")));

        using var document = DocxRead.Open(docx);
        var inlines = document.MainDocumentPart!.Document!.Descendants<DW.Inline>().ToList();
        Assert.Equal(2, inlines.Count);
        Assert.Equal(2, document.MainDocumentPart.ImageParts.Count());
        Assert.Equal(9_070 * 635L, inlines[0].Extent!.Cx!.Value); // the text width, 16 cm
        Assert.Equal(8 * 360_000L, inlines[1].Extent!.Cx!.Value);
        Assert.Equal(8 * 360_000L * 540 / 1200, inlines[1].Extent!.Cy!.Value);
        Assert.Equal(2, inlines.Select(i => i.DocProperties!.Id!.Value).Distinct().Count());
        Assert.Empty(DocxRead.ValidationErrors(docx));
    }

    [Fact]
    public void Header_and_footer_show_the_running_header_and_page_x_of_y()
    {
        using var document = DocxRead.Open(FullDocx.Value);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();

        var headerId = section.Elements<W.HeaderReference>().Single(r => r.Type?.Value == W.HeaderFooterValues.Default).Id!.Value!;
        var header = ((HeaderPart)main.GetPartById(headerId)).Header!;
        Assert.Equal(DocxSample.RunningHeader, DocxRead.Text(header.Descendants<W.Paragraph>()));

        var footerId = section.Elements<W.FooterReference>().Single(r => r.Type?.Value == W.HeaderFooterValues.Default).Id!.Value!;
        var footer = ((FooterPart)main.GetPartById(footerId)).Footer!;
        var codes = footer.Descendants<W.FieldCode>().Select(c => c.Text.Trim()).ToList();
        Assert.Equal(["PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"], codes);
        Assert.Equal(2, footer.Descendants<W.FieldChar>().Count(c => c.FieldCharType?.Value == W.FieldCharValues.Begin));
        Assert.Equal(2, footer.Descendants<W.FieldChar>().Count(c => c.FieldCharType?.Value == W.FieldCharValues.End));
        Assert.Equal($"{DocxSample.Title}\tSide 1 af 1", DocxRead.Text(footer.Descendants<W.Paragraph>()));
    }

    [Fact]
    public void Data_tables_have_borders_a_caption_and_a_repeated_header_row()
    {
        using var document = DocxRead.Open(FullDocx.Value);
        var body = document.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<W.Table>().Single(t => t.GetFirstChild<W.TableProperties>()?.TableCaption is not null);
        var properties = table.GetFirstChild<W.TableProperties>()!;

        Assert.Equal("Tabel 1. Scoringer for delmål 1.1", properties.TableCaption!.Val!.Value);
        Assert.Equal("Tabel 1. Scoringer for delmål 1.1", DocxRead.Text((W.Paragraph)table.PreviousSibling()!));
        Assert.Equal(W.BorderValues.Single, properties.TableBorders!.InsideHorizontalBorder!.Val!.Value);
        // Widths follow the content: the remarks get the most room; together they fill the 16 cm.
        var widths = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(g => int.Parse(g.Width!.Value!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, widths.Count);
        Assert.Equal(9_070, widths.Sum());
        Assert.Equal(widths.Max(), widths[3]);
        Assert.True(widths[1] >= 900, $"The score column is {widths[1]} twips: too narrow for its heading.");

        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<W.TableHeader>()));
        Assert.Equal(["Dato", "Score", "Niveau", "Bemærkning"], rows[0].Elements<W.TableCell>().Select(c => DocxRead.Text(c.Elements<W.Paragraph>())));
        Assert.Equal(["03-06-2026", "2", "Let", ""], rows[4].Elements<W.TableCell>().Select(c => DocxRead.Text(c.Elements<W.Paragraph>())));
    }

    [Fact]
    public void Two_columns_are_a_two_column_table_with_a_title_row()
    {
        var docx = DocxWriter.Write(Only(new TwoColumns("Siden sidst", "Gik godt\nmed budget", "Fremadrettet", "Ringer selv")));

        using var document = DocxRead.Open(docx);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single();
        var rows = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => DocxRead.Text(c.Elements<W.Paragraph>())).ToList()).ToList();
        Assert.Equal([["Siden sidst", "Fremadrettet"], ["Gik godt\nmed budget", "Ringer selv"]], rows);
        Assert.NotNull(table.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(2, table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count());
    }

    [Fact]
    public void Tables_next_to_each_other_stay_separate()
    {
        var docx = DocxWriter.Write(Only(
            new DataTable(["A"], [["1"]]),
            new DataTable(["B"], [["2"]]),
            new TwoColumns("V", "v", "H", "h")));

        using var document = DocxRead.Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!.ChildElements.ToList();
        for (var i = 1; i < body.Count; i++)
        {
            Assert.False(body[i - 1] is W.Table && body[i] is W.Table, $"Tables touch at body element {i}: Word would merge them.");
        }

        Assert.IsType<W.Paragraph>(body[^2]); // the body does not end in a table
        Assert.IsType<W.SectionProperties>(body[^1]);
    }

    [Fact]
    public void Characters_that_xml_forbids_are_stripped()
    {
        const string dirty = "A\u0000B\u0001C\u0008D\u000BE\u000CF\u001FG\uFFFEH\uFFFFI\uD800J\uDC00K";
        const string emoji = "smil \U0001F600 \u00E6";
        var model = new DocumentModel(
            "Titel" + dirty,
            [new TitleFact("Navn\u0002", "Agnes\u0003")],
            "Hoved" + dirty,
            [
                new Heading(1, "Overskrift" + dirty),
                new Paragraph(dirty + "\n" + emoji),
                new TwoColumns("V\u0004", "v\u0005", "H\u0006", "h\u0007"),
                new DataTable(["K\u0010"], [["c\u0011"]], "Tabel\u0012"),
                new Image(DocxSample.ChartPng.Value, 5, "Graf\u0013 med\u001A fejl"),
            ]);

        var docx = DocxWriter.Write(model);

        Assert.Empty(DocxRead.ValidationErrors(docx));
        var text = DocxRead.BodyText(docx);
        Assert.Contains("ABCDEFGHIJK\n" + emoji, text, StringComparison.Ordinal);
        Assert.Contains("TitelABCDEFGHIJK", text, StringComparison.Ordinal);
        Assert.Contains("OverskriftABCDEFGHIJK", text, StringComparison.Ordinal);
        foreach (var expected in new[] { "Navn", "Agnes", "V", "v", "H", "h", "K", "c", "Tabel" })
        {
            Assert.Contains(expected, text.Split('\n'));
        }

        using var document = DocxRead.Open(docx);
        Assert.Equal("TitelABCDEFGHIJK", document.PackageProperties.Title);
        Assert.Equal("Graf med fejl", document.MainDocumentPart!.Document!.Descendants<DW.DocProperties>().Single().Description!.Value);
    }

    [Fact]
    public void Empty_texts_and_lists_give_a_valid_document()
    {
        var empty = new DocumentModel(string.Empty, [], string.Empty, []);
        var blanks = new DocumentModel(
            string.Empty,
            [new TitleFact(string.Empty, string.Empty)],
            "   ",
            [
                new Heading(2, string.Empty),
                new Paragraph(string.Empty),
                new Paragraph("\n"),
                new Paragraph(null!),
                new TwoColumns(string.Empty, string.Empty, string.Empty, string.Empty),
                new DataTable([string.Empty], [], string.Empty),
                new DataTable([string.Empty, string.Empty], [[string.Empty, string.Empty]], "  "),
                new Image(DocxSample.ChartPng.Value, 1, string.Empty),
            ]);

        foreach (var model in new[] { empty, blanks })
        {
            var docx = DocxWriter.Write(model);
            var errors = DocxRead.ValidationErrors(docx);
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }

        using var document = DocxRead.Open(DocxWriter.Write(blanks));
        Assert.DoesNotContain(document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption");
    }

    [Fact]
    public void The_content_type_names_a_word_document()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxWriter.ContentType);
        using var document = DocxRead.Open(FullDocx.Value);
        Assert.Equal(WordprocessingDocumentType.Document, document.DocumentType);
    }
}
