using Retning.Documents.Model;
using Retning.Documents.Pdf;
using Retning.Documents.Status;
using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>
/// The round's report as HTML: the body of the print view and, with <see cref="Page"/>, the self-contained page
/// the PDF is printed from (A4, running header, page numbers; nothing fetched). Every text is encoded; the only
/// markup taken as is is the sanitized chart SVG (<see cref="RoundReportCharts"/>).
/// </summary>
public static class RoundReportHtml
{

    /// <summary>The report's body (an &lt;article&gt;), for the print view and the PDF.</summary>
    public static string Render(RoundReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlBuilder();
        using (html.Open("article", "rr", ("id", "rapport")))
        {
            html.Element("h1", report.Round.Title);
            html.Element("p", $"{RoundReportModel.Title} efter standard 1.3 (indikator 5–9). Rapporten indeholder kun optællinger: ingen borgere, planer eller kommentarer.");
            using (html.Open("dl"))
            {
                foreach (var (label, value) in Facts(report))
                {
                    html.Element("dt", label).Element("dd", value);
                }
            }

            html.Element("h2", "Konklusion");
            html.Element("p", string.IsNullOrWhiteSpace(report.Round.Conclusion) ? "Runden er ikke afsluttet med en konklusion endnu." : report.Round.Conclusion, "rr-conclusion");

            html.Element("h2", "Resultater pr. indikator");
            Table(html, RoundReportTables.Indicators(report.Results));
            foreach (var count in report.Results.Round)
            {
                using (html.Open("figure"))
                {
                    using (html.Open("div", null, ("role", "img"), ("aria-label", RoundReportCharts.Summary(count))))
                    {
                        html.TrustedSvg(RoundReportCharts.Svg(count));
                    }

                    html.Element("figcaption", $"{count.Indicator.Number()}: {count.Indicator.Danish()}. Opfyldt: {ImprovementText.MetOf(count)}.");
                }
            }

            html.Element("h2", "Resultater pr. afdeling og tilbud");
            Table(html, RoundReportTables.PerLine("Andel opfyldt pr. afdeling", "Afdeling", report.Results.PerDepartment, report.DepartmentNames));
            Table(html, RoundReportTables.PerLine("Andel opfyldt pr. tilbud", "Tilbud", report.Results.PerOffer, report.OfferNames));

            html.Element("h2", "Enighed mellem bedømmerne");
            Table(html, RoundReportTables.Agreement(report.Results));

            html.Element("h2", "Forbedringsplan");
            if (report.Actions.Count == 0)
            {
                html.Element("p", "Der er ikke skrevet tiltag i forbedringsplanen endnu.");
            }
            else
            {
                // One block per action: seven columns do not fit the width of A4.
                foreach (var a in report.Actions)
                {
                    html.Element("h3", a.Title);
                    using (html.Open("dl"))
                    {
                        foreach (var (label, value) in ActionFacts(a))
                        {
                            html.Element("dt", label).Element("dd", value);
                        }
                    }
                }
            }

            html.Element("p", $"Lavet {report.Made.ToDanishDate()} i Retning.");
        }

        return html.ToString();
    }

    /// <summary>The page the PDF is printed from: the body with the print view's style sheets (<paramref name="css"/>) inline and the page rules.</summary>
    public static string Page(RoundReportModel report, string css)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = new HtmlBuilder().Text(report.Round.Title).ToString();
        return $"""
            <!doctype html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            {ChromiumPdfPrinter.LockdownMeta}
            <title>{title}</title>
            <style>
            {PdfPageCss.For(report.RunningHeader)}
            html, body {"{"} margin: 0; padding: 0; background: #fff; {"}"}
            {css}
            </style>
            </head>
            <body>
            {Render(report)}
            </body>
            </html>
            """;
    }

    /// <summary>The facts under the title, the same in every format.</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(RoundReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            ("Afdelinger", report.Scope),
            ("Periode", report.Period),
            ("Status", report.Status),
            ("Bedømmere", report.Reviewers),
            ("Stikprøve", report.Sample),
        ];
    }

    private static IEnumerable<(string Label, string Value)> ActionFacts(ActionLine a) =>
    [
        ("Status", a.Status), ("Indikatorer", a.Indicators), ("Fund", a.Finding), ("Ansvarlig", a.Owner), ("Frist", a.DueOn),
        ("Sådan sikres det implementeret", a.MadeToLast), ("Tallet", a.Figure), ("Før → efter", $"{a.Before} → {a.After}"),
        .. a.Moved.Length > 0 ? [("Virkning", a.Moved)] : Array.Empty<(string, string)>(),
    ];

    private static void Table(HtmlBuilder html, DataTable table)
    {
        using (html.Open("table"))
        {
            html.Element("caption", table.Caption);
            html.TableBody(table.Headers, table.Rows);
        }
    }
}
