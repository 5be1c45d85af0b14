using System.Net;
using System.Text;
using Retning.Domain.Audit;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// The management exports through the real app on the demo data (docs/architecture.md,
/// "Documents"): the XLSX and CSV hold the page's numbers for the same view (read back by
/// DocumentFormat.OpenXml, LibreOffice and CsvHelper), the period, filters and who exported; a
/// figure's file lists the rows the page lists; the PDF reads back; each file writes one export
/// audit row; a care worker gets 403.
/// </summary>
public sealed class InsightExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string View = "periode=12-maaneder&opdeling=afdeling";

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_overview_files_hold_the_page_numbers_the_view_and_who_exported()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/ledelsesinformation?{View}")).AssertStatus(HttpStatusCode.OK);
        var onPage = page.Document.QuerySelectorAll("tr[data-figure]").Select(tr => new
        {
            Title = tr.QuerySelector("th a")!.TextContent.Trim(),
            Current = tr.QuerySelector("td[data-label='Denne periode']")!.TextContent.Trim(),
            Previous = tr.QuerySelector("td[data-label='Forrige periode']")!.TextContent.Trim(),
            Change = tr.QuerySelector("td[data-label='Ændring']")!.TextContent.Trim(),
        }).ToList();
        Assert.True(onPage.Count > 10);
        var xlsxLink = page.Document.QuerySelector("#hent a[href*='eksport.xlsx']")!.GetAttribute("href")!;
        Assert.Contains("periode=12-maaneder", xlsxLink, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        var xlsx = await DownloadAsync(anne, xlsxLink, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var csv = await DownloadAsync(anne, xlsxLink.Replace("eksport.xlsx", "eksport.csv", StringComparison.Ordinal), "text/csv");

        Assert.Equal(["Om udtrækket", "Nøgletal", "Definitioner"], ExportFiles.SheetNames(xlsx));
        var figures = ExportFiles.Sheet(xlsx, "Nøgletal");
        var head = figures[0].ToList();
        var byTitle = figures.Skip(1).Where(r => r.Length == head.Count).ToDictionary(r => r[head.IndexOf("Tal")]);
        Assert.Equal(onPage.Select(p => p.Title).Order(), byTitle.Keys.Order());
        foreach (var line in onPage)
        {
            var row = byTitle[line.Title];
            Assert.StartsWith(row[head.IndexOf("Denne periode (som på siden)")], line.Current, StringComparison.Ordinal);
            Assert.Equal(line.Previous, row[head.IndexOf("Forrige periode (som på siden)")]);
            Assert.Equal(line.Change, ChangeAsOnPage(row[head.IndexOf("Ændring")], row[head.IndexOf("Ændringens enhed")]));
            var value = row[head.IndexOf("Denne periode")];
            Assert.True(int.TryParse(value, out _) || value is "Ingen data" or "færre end 5", $"{line.Title}: {value}");
        }

        var about = ExportFiles.Sheet(xlsx, "Om udtrækket");
        Assert.Contains(about, r => r[0] == "Hentet af" && r[1].Contains("Anne", StringComparison.Ordinal));
        Assert.Contains(about, r => r[0] == "Visning" && r[1].StartsWith("periode: ", StringComparison.Ordinal));
        Assert.Contains(about, r => r[0] == "Forrige periode");
        Assert.Contains(ExportFiles.Sheet(xlsx, "Definitioner"), r => r[0] == onPage[0].Title && r[1].Length > 20);

        var rows = ExportFiles.Csv(csv);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var csvHead = rows.FindIndex(r => r.Length > 2 && r[1] == "Tal" && r[2] == "Denne periode");
        Assert.Equal(figures.Skip(1).Take(onPage.Count).Select(r => r[head.IndexOf("Denne periode (som på siden)")]),
            rows.Skip(csvHead + 1).Take(onPage.Count).Select(r => r[head.IndexOf("Denne periode (som på siden)")]));
        Assert.Contains(rows, r => r.Length == 2 && r[0] == "Hentet af" && r[1].Contains("Anne", StringComparison.Ordinal));

        var byLibreOffice = ExportFiles.LibreOfficeCsv(xlsx);
        var sheet = byLibreOffice.Single(s => s.Key.Contains("Nøgletal", StringComparison.Ordinal)).Value;
        Assert.Contains(onPage[0].Title, sheet, StringComparison.Ordinal);
        Assert.Contains(figures[1][head.IndexOf("Denne periode (som på siden)")], sheet, StringComparison.Ordinal);

        var audit = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(2, audit.Count(a => a.Action == AuditAction.Export));
        Assert.Contains(audit, a => a.Action == AuditAction.Export && a.Subject == "Ledelsesinformation: nøgletal hentet som XLSX" && a.Detail!.StartsWith("periode: ", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == AuditAction.Export && a.Subject == "Ledelsesinformation: nøgletal hentet som CSV");
    }

    [Fact]
    public async Task A_figure_file_holds_its_breakdown_and_exactly_the_rows_the_page_lists()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/ledelsesinformation/tal/borgere?{View}&raekker=true")).AssertStatus(HttpStatusCode.OK);
        var pageRows = page.Document.QuerySelectorAll("#tal-raekker tbody tr")
            .Select(tr => (Name: tr.QuerySelector("th")!.TextContent.Trim(), Date: tr.QuerySelector("td[data-label='Dato']")!.TextContent.Trim())).ToList();
        var lines = page.Document.QuerySelectorAll("#tal-opdelt tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var link = page.Document.QuerySelector("#hent a[href*='eksport.xlsx']")!.GetAttribute("href")!;
        Assert.Contains("raekker=true", link, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        var xlsx = await DownloadAsync(anne, link, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var breakdown = ExportFiles.Sheet(xlsx, "Opdelt efter afdeling");
        Assert.Equal(lines, breakdown.Skip(1).Take(lines.Count).Select(r => r.Take(lines[0].Length).ToArray()));
        var rows = ExportFiles.Sheet(xlsx, "Rækker").Skip(1).Where(r => r.Length == 5).ToList();
        Assert.Equal(pageRows.Take(50), rows.Take(50).Select(r => (r[0], DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))).ToDanishDate())));
        Assert.NotEmpty(rows);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Export);
        Assert.Equal("Ledelsesinformation: \"Borgere\" hentet som XLSX", audit.Subject);
        Assert.Contains($"rækker: {rows.Count}; borgere: {rows.Select(r => r[0]).Distinct().Count()}", audit.Detail, StringComparison.Ordinal);

        var csv = ExportFiles.Csv(await DownloadAsync(anne, link.Replace("eksport.xlsx", "eksport.csv", StringComparison.Ordinal), "text/csv"));
        var header = csv.FindIndex(r => r.SequenceEqual(["Borger", "Hvad", "Dato", "Afdeling", "Udfald"]));
        Assert.Equal(rows.Select(r => r[0]), csv.Skip(header + 1).Take(rows.Count).Select(r => r[0]));
    }

    [Fact]
    public async Task The_print_view_and_the_pdf_show_the_overview_and_the_month_report_link_opens_last_month()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var overview = (await lars.GetPageAsync($"/ledelsesinformation?{View}")).AssertStatus(HttpStatusCode.OK);
        var borgere = overview.Document.QuerySelector("tr[data-figure='borgere'] td[data-label='Denne periode']")!.TextContent.Trim();
        var month = overview.Document.QuerySelector("#hent a[href*='udskriv'][href*='valgfri']")!.GetAttribute("href")!;
        Assert.Matches(@"periode=valgfri&fra=(\d{4}-\d{2})&til=\1(&|$)", month);

        var print = (await lars.GetPageAsync($"/ledelsesinformation/udskriv?{View}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(borgere, print.Document.QuerySelector(".app-report")!.TextContent, StringComparison.Ordinal);
        // The months of the response rate and of goal attainment, each chart with its text alternative and the same texts as its table.
        var charts = print.Document.QuerySelectorAll(".app-report-chart [role='img']").ToList();
        Assert.Equal(2, charts.Count);
        Assert.StartsWith("Kurve over andelen måned for måned: Svarprocent måned for måned", charts[0].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.StartsWith("Kurve over andelen måned for måned: Afsluttede mål og delmål måned for måned", charts[1].GetAttribute("aria-label"), StringComparison.Ordinal);
        var monthTable = charts[0].Closest("figure")!.NextElementSibling!;
        var lastMonth = monthTable.QuerySelectorAll("tbody td")[^1].TextContent.Trim();
        Assert.EndsWith($": {lastMonth}.", charts[0].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.NotNull(charts[0].QuerySelector("svg"));
        (await lars.GetPageAsync(month)).AssertStatus(HttpStatusCode.OK);

        var before = await App.LastAuditIdAsync();
        var response = await lars.GetAsync($"/ledelsesinformation/rapport.pdf?{View}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"retning-rapport-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = await PdfText.ReadAsync(path);
            Assert.Contains("Ledelsesinformation – rapport", text, StringComparison.Ordinal);
            Assert.Contains(borgere, text, StringComparison.Ordinal);
            Assert.Contains("Lars", text, StringComparison.Ordinal);
            Assert.Matches(@"Side 1 af \d+", text);
            Assert.Contains("Svarprocent måned for måned", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Export && a.Subject == "Ledelsesinformation: rapport hentet som PDF");
    }

    [Fact]
    public async Task A_care_worker_gets_no_file()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        foreach (var url in new[] { "/ledelsesinformation/eksport.xlsx", "/ledelsesinformation/eksport.csv", "/ledelsesinformation/tal/borgere/eksport.xlsx?raekker=true", "/ledelsesinformation/rapport.pdf", "/ledelsesinformation/udskriv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync(url)).StatusCode);
        }
    }

    private static async Task<byte[]> DownloadAsync(BrowserlessClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The export's numeric change in the page's words (InsightText.Change).</summary>
    private static string ChangeAsOnPage(string change, string unit) => change switch
    {
        "" => "–",
        "0" => "uændret",
        _ when change.StartsWith('-') => $"−{change[1..]}{(unit == "procentpoint" ? " procentpoint" : "")}",
        _ => $"+{change}{(unit == "procentpoint" ? " procentpoint" : "")}",
    };
}
