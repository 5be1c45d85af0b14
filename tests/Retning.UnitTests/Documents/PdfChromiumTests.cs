using System.Globalization;
using System.Net;
using System.Runtime.Versioning;
using System.Text;
using Retning.Documents.Charts;
using Retning.Documents.Pdf;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Documents.Pdf;

/// <summary>
/// Prints with the real Chromium (Debian package <c>chromium</c>) and reads the PDF back with
/// poppler-utils. Skipped where either is missing (test.sh installs both).
/// </summary>
[Collection(PdfCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class PdfChromiumTests : IDisposable
{
    private const string Header = "Statusrapport · Åse Ærø-Østergård · 01-01-2026 – 30-06-2026";
    private const string DanishLine = "Borgeren ønsker at gå en tur i skoven hver dag – ÆØÅ æøå.";

    private readonly PdfScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private ChromiumPdfPrinter Printer(TimeSpan? timeout = null)
    {
        var printer = new ChromiumPdfPrinter(new PdfPrinterOptions
        {
            TempDirectory = _scratch.Work,
            Timeout = timeout ?? TimeSpan.FromSeconds(60),
        });
        Assert.SkipUnless(printer.IsAvailable, "Chromium is not installed (sudo apt-get install chromium).");
        Assert.SkipUnless(Poppler.IsInstalled, "poppler-utils is not installed (sudo apt-get install poppler-utils).");
        return printer;
    }

    [Fact]
    public async Task A_danish_report_prints_on_a4_with_header_and_page_numbers_on_every_page()
    {
        var printer = Printer();

        var pdf = await printer.PrintAsync(SampleReport(Header), TestContext.Current.CancellationToken);

        var (pageCount, width, height) = Poppler.Info(pdf);
        Assert.InRange(width, 594, 596);
        Assert.InRange(height, 841, 843);
        Assert.InRange(pageCount, 2, 6);

        var pages = Poppler.PageTexts(pdf);
        Assert.Equal(pageCount, pages.Length);
        for (var n = 1; n <= pageCount; n++)
        {
            var page = Poppler.Squeeze(pages[n - 1]);
            Assert.Contains(Header, page, StringComparison.Ordinal);
            Assert.Contains($"Side {n} af {pageCount}", page, StringComparison.Ordinal);
            // The header is the first thing on the page, the page number the last.
            Assert.StartsWith(Header, page.TrimStart(), StringComparison.Ordinal);
            Assert.EndsWith($"Side {n} af {pageCount}", page.TrimEnd(), StringComparison.Ordinal);
        }

        var all = Poppler.Squeeze(string.Join('\n', pages));
        Assert.Contains("Statusrapport for Åse Ærø-Østergård", all, StringComparison.Ordinal);
        Assert.Contains(DanishLine, all, StringComparison.Ordinal);
        Assert.Contains("Delmål 40: Øve på at købe ind", all, StringComparison.Ordinal);
        Assert.Contains("Udvikling i støttebehov", all, StringComparison.Ordinal);
        Assert.Empty(_scratch.WorkEntries());
    }

    [Fact]
    public async Task Quotes_backslashes_and_markup_in_the_header_print_literally()
    {
        var printer = Printer();
        const string header = "Søren \"Søs\" Bæk \\ </style><b>fed</b> · 01-01-2026";

        var pdf = await printer.PrintAsync(Document(header, "<p>Én side.</p>"), TestContext.Current.CancellationToken);

        var page = Assert.Single(Poppler.PageTexts(pdf));
        Assert.Contains(header, Poppler.Squeeze(page), StringComparison.Ordinal);
        Assert.Contains("Side 1 af 1", page, StringComparison.Ordinal);
        Assert.Contains("Én side.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_charset_declaration_the_danish_letters_still_survive()
    {
        var printer = Printer();

        var pdf = await printer.PrintAsync("<html><body><p>æøå ÆØÅ</p></body></html>", TestContext.Current.CancellationToken);

        Assert.Contains("æøå ÆØÅ", Assert.Single(Poppler.PageTexts(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lockdown_policy_blocks_script_but_keeps_inline_svg_and_data_images()
    {
        var printer = Printer();
        const string png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        var html = Document("Åse", $"""
            <p id="tekst">Uændret tekst</p>
            <script>document.getElementById("tekst").textContent = "Script kørte";</script>
            <img src="data:image/png;base64,{png}" alt="" width="40" height="40">
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="20">SVG-tekst æøå</text></svg>
            """).Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + ChromiumPdfPrinter.LockdownMeta, StringComparison.Ordinal);

        var text = Assert.Single(Poppler.PageTexts(await printer.PrintAsync(html, TestContext.Current.CancellationToken)));

        Assert.Contains("Uændret tekst", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Script kørte", text, StringComparison.Ordinal);
        Assert.Contains("SVG-tekst æøå", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_kills_every_chromium_process_of_the_call()
    {
        // A page whose script never ends never finishes loading, so Chromium never prints: by the
        // timeout it runs its whole family (zygotes, GPU, network, renderer), all to be killed.
        var printer = Printer(TimeSpan.FromSeconds(3));
        const string hanging = "<!doctype html><html><body><p>Venter</p><script>for (;;) {}</script></body></html>";

        var printing = printer.PrintAsync(hanging, TestContext.Current.CancellationToken);
        var family = 0;
        await Processes.EventuallyAsync(() => (family = Math.Max(family, Processes.Mentioning(_scratch.Work).Count)) >= 3, TimeSpan.FromSeconds(3));
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printing);

        Assert.Equal(PdfPrintFailure.Timeout, error.Failure);
        Assert.True(family >= 3, $"expected Chromium to start its helpers, saw {family} processes");
        Assert.True(
            await Processes.EventuallyAsync(() => Processes.Mentioning(_scratch.Work).Count == 0, TimeSpan.FromSeconds(10)),
            "Chromium processes survived the timeout: " + string.Join(", ", Processes.Mentioning(_scratch.Work)));
        Assert.Empty(_scratch.WorkEntries());
    }

    /// <summary>A status report: headings, paragraphs, a table over more than one page, two inline SVG charts.</summary>
    internal static string SampleReport(string header)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Statusrapport for {WebUtility.HtmlEncode("Åse Ærø-Østergård")}</h1>");
        body.Append("<p>Periode: 01-01-2026 – 30-06-2026. Botilbud: Bakkehuset, afdeling Øst.</p>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>Borgerens ønsker</h2><p>{WebUtility.HtmlEncode(DanishLine)}</p>");
        body.Append("<h2>Udvikling i støttebehov</h2>");
        body.Append("<figure>").Append(SubGoalChart.Svg(ChartData())).Append("<figcaption>Figur 1: Støttebehov for delmål 1 (se tabellen).</figcaption></figure>");
        body.Append("""
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="80" viewBox="0 0 300 80" role="img" aria-label="Svarprocent">
              <rect x="0" y="10" width="240" height="24" fill="#0059b3"/>
              <rect x="0" y="44" width="120" height="24" fill="#b35900"/>
              <text x="250" y="28" font-size="12">80 %</text>
              <text x="130" y="62" font-size="12">40 %</text>
            </svg>
            """);
        body.Append("<h2>Delmål</h2><table><caption>Delmål og seneste scoring</caption>");
        body.Append("<thead><tr><th scope=\"col\">Delmål</th><th scope=\"col\">Scoring</th><th scope=\"col\">Dato</th></tr></thead><tbody>");
        for (var i = 1; i <= 40; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>Delmål {i}: Øve på at købe ind</td><td>{(i % 5) + 1} – Moderat støtte</td><td>{i % 28 + 1:00}-03-2026</td></tr>");
        }

        body.Append("</tbody></table><h2>Næste skridt</h2><p>Revision af handleplanen i august. Pårørende inviteres.</p>");
        return Document(header, body.ToString());
    }

    private static string Document(string header, string body) => $$"""
        <!doctype html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <title>Statusrapport</title>
        <style>
        {{PdfPageCss.For(header)}}
        body { font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 11pt; color: #1a1a1a; }
        h1 { font-size: 18pt; } h2 { font-size: 14pt; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        figure { margin: 0; break-inside: avoid; }
        svg { max-width: 100%; height: auto; }
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    private static SubGoalChartData ChartData() => new(
        [
            new ScorePoint(new DateOnly(2026, 1, 10), 4),
            new ScorePoint(new DateOnly(2026, 2, 14), 3),
            new ScorePoint(new DateOnly(2026, 4, 2), 3),
            new ScorePoint(new DateOnly(2026, 6, 1), 2),
        ],
        IndicatorScale.FfbSupportNeed(),
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 6, 30),
        [new ChartBoundary(new DateOnly(2026, 3, 16), "Ny handleplan")]);
}
