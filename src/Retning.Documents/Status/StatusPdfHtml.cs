using System.Text.Encodings.Web;
using System.Text.Unicode;
using Retning.Documents.Pdf;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// The self-contained HTML the PDF is printed from (<see cref="IPdfPrinter.PrintAsync"/>): the
/// print view's markup (<see cref="StatusDocumentHtml"/>) with its style sheet inline
/// (<see cref="StatusDocumentCss"/>), A4 with the running header and "Side n af N" on every
/// page (<see cref="PdfPageCss"/>), and <see cref="ChromiumPdfPrinter.LockdownMeta"/> so nothing
/// is fetched or run. Needs no request: the chart is inline SVG, no font is loaded (the viewer's
/// Arial/Liberation Sans stands in for IBM Plex Sans).
/// </summary>
public static class StatusPdfHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Only the PDF needs these: no page margin of its own (the @page rules set it) and a white page.</summary>
    private const string PageCss = """
html, body { margin: 0; padding: 0; background: #fff; }

""";

    public static string Build(StatusContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var title = Encoder.Encode($"{StatusDocumentText.Title} – {content.CitizenName}");
        return $"""
            <!doctype html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            {ChromiumPdfPrinter.LockdownMeta}
            <title>{title}</title>
            <style>
            {PdfPageCss.For(content.RunningHeader)}{PageCss}{StatusDocumentCss.Rules}
            </style>
            </head>
            <body>
            {StatusDocumentHtml.Render(content)}
            </body>
            </html>
            """;
    }
}
