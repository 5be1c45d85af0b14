using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Retning.Documents.Pdf;
using Retning.Documents.Status;

namespace Retning.Documents.Export;

/// <summary>
/// An <see cref="ExportDocument"/> as a printable report: the print view shows <see cref="Render"/>
/// inside the print layout (styled by wwwroot/css/print.css), and the PDF prints <see cref="Page"/>,
/// the same markup with that style sheet inline (<see cref="IPdfPrinter.PrintAsync"/> fetches
/// nothing). Every text is HTML-encoded by <see cref="HtmlBuilder"/>.
/// </summary>
public static class ReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Only the PDF: the @page margins replace the screen padding.</summary>
    private const string PdfBody = "body.print-page { padding: 0; max-width: none; }";

    public static string Render(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new HtmlBuilder();
        using (html.Open("article", "app-report"))
        {
            html.Element("h1", document.Title);
            using (html.Open("dl", "app-dl", ("id", "rapport-om")))
            {
                foreach (var (label, value) in document.About)
                {
                    html.Element("dt", label).Element("dd", value);
                }
            }

            var number = 0;
            foreach (var table in document.Tables)
            {
                var id = "rapport-" + (++number).ToString(CultureInfo.InvariantCulture);
                html.Element("h2", table.Name, null, ("id", id));
                if (table.Chart is { } chart)
                {
                    AddChart(html, chart);
                }

                using (html.Open("table", "table", ("aria-labelledby", id)))
                {
                    var rows = table.Rows.ToList();
                    html.TableBody(table.Columns, [.. rows.Select(row => row.Select(Text).ToList())],
                        (r, i) => rows[r][i] is int ? "app-num" : null);
                }

                if (table.Note is { } note)
                {
                    html.Element("p", note, "app-muted");
                }
            }
        }

        return html.ToString();
    }

    /// <summary>A self-contained page for the PDF printer: <paramref name="css"/> (print.css) inline, A4 with <paramref name="runningHeader"/> and page numbers.</summary>
    public static string Page(ExportDocument document, string css, string runningHeader)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(css);
        return $"""
            <!doctype html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            {ChromiumPdfPrinter.LockdownMeta}
            <title>{Encoder.Encode(document.Title)}</title>
            <style>
            {css.Replace("</", "<\\/", StringComparison.Ordinal)}
            {PdfPageCss.For(runningHeader)}{PdfBody}
            </style>
            </head>
            <body class="print-page">
            {Render(document)}
            </body>
            </html>
            """;
    }

    /// <summary>role="img" with the description: the SVG's own texts (axis labels) are not read out one by one.</summary>
    private static void AddChart(HtmlBuilder html, ExportChart chart)
    {
        using (html.Open("figure", "app-report-chart"))
        {
            using (html.Open("div", "app-report-chart-image", ("role", "img"), ("aria-label", chart.Description)))
            {
                html.TrustedSvg(chart.Svg);
            }

            html.Element("figcaption", chart.Caption);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToDanishDate(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
