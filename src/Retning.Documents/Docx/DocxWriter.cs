using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Retning.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.Documents.Docx;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as a Word document (DOCX, Office Open XML) that Word and
/// LibreOffice open without complaint: A4 portrait with 2.5 cm margins, Arial 11 pt, Danish
/// language (spelling, number and field formats), the title and headings in named styles
/// (Title, Heading 1–3: navigation pane and table of contents work), tables with borders and a
/// header row that repeats on each page, PNG images inline with their alt text, the running
/// header at the top of every page and "Side X af Y" at the bottom.
/// </summary>
public static class DocxWriter
{
    /// <summary>The MIME type of the result, for a download.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The file name extension of the result, with its dot.</summary>
    public const string FileExtension = ".docx";

    /// <summary>The author written into the file's properties.</summary>
    public const string Creator = "Retning";

    /// <summary>The document as DOCX bytes.</summary>
    public static byte[] Write(DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            SetProperties(document, model);

            var mainPart = document.AddMainDocumentPart();
            DocxStyles.AddTo(mainPart);
            AddSettings(mainPart);

            var body = new W.Body();
            AddTitleBlock(body, model);
            uint drawingId = 0;
            foreach (var block in model.Blocks)
            {
                AddBlock(body, mainPart, block, ref drawingId);
            }

            body.Append(Section(mainPart, model));
            mainPart.Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The core properties (title, creator, language, dates) in docProps/core.xml, where Word
    /// keeps them. Written by hand: the packaging API's own properties would go to a randomly
    /// named part under /package/services.
    /// </summary>
    private static void SetProperties(WordprocessingDocument document, DocumentModel model)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";

        var root = new XElement(
            cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", DocxText.Clean(model.Title)),
            new XElement(dc + "creator", Creator),
            new XElement(cp + "lastModifiedBy", Creator),
            new XElement(dc + "language", DocxStyles.Language));
        if (model.Created is { } created)
        {
            var w3c = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            root.Add(
                new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), w3c),
                new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), w3c));
        }

        var part = document.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(stream, SaveOptions.DisableFormatting);
    }

    private static void AddTitleBlock(W.Body body, DocumentModel model)
    {
        body.Append(DocxText.Paragraph(DocxStyles.Title, model.Title));
        if (model.TitleFacts.Count > 0)
        {
            body.Append(DocxTables.Facts(model.TitleFacts));
            body.Append(DocxTables.Spacer());
        }
    }

    private static void AddBlock(W.Body body, MainDocumentPart mainPart, DocumentBlock block, ref uint drawingId)
    {
        switch (block)
        {
            case Heading heading:
                body.Append(DocxText.Paragraph(DocxStyles.ForHeading(heading.Level), heading.Text));
                break;
            case Model.Paragraph paragraph:
                body.Append(DocxText.Paragraph(DocxStyles.Normal, paragraph.Text));
                break;
            case TwoColumns columns:
                body.Append(DocxTables.TwoColumns(columns));
                body.Append(DocxTables.Spacer());
                break;
            case DataTable table:
                if (DocxTables.CaptionText(table.Caption) is { } caption)
                {
                    body.Append(DocxText.Paragraph(DocxStyles.Caption, caption));
                }

                body.Append(DocxTables.Data(table));
                body.Append(DocxTables.Spacer());
                break;
            case Image image:
                body.Append(DocxImages.Paragraph(mainPart, image, ++drawingId));
                break;
            default:
                throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(block));
        }
    }

    /// <summary>Danish field and list formats, Word 2013+ layout (no compatibility mode).</summary>
    private static void AddSettings(MainDocumentPart mainPart)
    {
        var part = mainPart.AddNewPart<DocumentSettingsPart>();
        part.Settings = new W.Settings(
            new W.Zoom { Percent = "100" },
            new W.DefaultTabStop { Val = DocxLayout.DefaultTabStop },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = DocxStyles.Language },
            new W.DecimalSymbol { Val = "," },
            new W.ListSeparator { Val = ";" });
    }

    /// <summary>A4 portrait, the margins, and the header and footer of every page.</summary>
    private static W.SectionProperties Section(MainDocumentPart mainPart, DocumentModel model)
    {
        var headerPart = mainPart.AddNewPart<HeaderPart>();
        headerPart.Header = new W.Header(DocxText.Paragraph(DocxStyles.Header, model.RunningHeader));

        var footerPart = mainPart.AddNewPart<FooterPart>();
        footerPart.Footer = new W.Footer(Footer(model.Title));

        return new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = mainPart.GetIdOfPart(headerPart) },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = mainPart.GetIdOfPart(footerPart) },
            new W.PageSize { Width = (UInt32Value)(uint)DocxLayout.PageWidth, Height = (UInt32Value)(uint)DocxLayout.PageHeight, Orient = W.PageOrientationValues.Portrait },
            new W.PageMargin
            {
                Top = DocxLayout.Margin,
                Bottom = DocxLayout.Margin,
                Left = (uint)DocxLayout.Margin,
                Right = (uint)DocxLayout.Margin,
                Header = (uint)DocxLayout.HeaderDistance,
                Footer = (uint)DocxLayout.HeaderDistance,
                Gutter = 0U,
            });
    }

    /// <summary>The title on the left, "Side {PAGE} af {NUMPAGES}" on the right.</summary>
    private static W.Paragraph Footer(string title)
    {
        var footer = DocxText.Paragraph(DocxStyles.Footer, title);
        footer.Append(new W.Run(new W.TabChar(), DocxText.Text("Side ")));
        footer.Append(Field("PAGE"));
        footer.Append(new W.Run(DocxText.Text(" af ")));
        footer.Append(Field("NUMPAGES"));
        return footer;
    }

    /// <summary>A complex field (begin, instruction, separate, cached result "1", end), updated by Word and LibreOffice on display.</summary>
    private static IEnumerable<W.Run> Field(string instruction) =>
    [
        new(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
        new(new W.FieldCode($" {instruction} \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
        new(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
        new(new W.RunProperties(new W.NoProof()), DocxText.Text("1")),
        new(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
    ];
}
