using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Retning.Documents.Charts;
using Retning.Documents.Export;

namespace Retning.UnitTests.Documents;

/// <summary>The table exports (docs/architecture.md, "Documents"): formula neutralising, CSV through CsvHelper, typed XLSX cells, encoded report HTML.</summary>
public sealed class ExportTests
{
    private static readonly ExportDocument Sample = new("Ledelsesinformation – test",
        [("Periode", "01-11-2026 – 30-11-2026"), ("Hentet af", "=HYPERLINK(\"http://x\")")],
        [
            new ExportTable("Rækker", ["Borger", "Antal", "Dato", "Tekst"],
            [
                ["Søren Ærø; \"Østergård\"", 42, new DateOnly(2026, 11, 3), "+45 12 34"],
                ["-1", -3, null, "linje 1\nlinje 2"],
                ["@SUM(A1)", 0, new DateOnly(2026, 11, 30), "<b>fed</b>"],
            ], "Note: færre end 5"),
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+45 12 34 56 78", "'+45 12 34 56 78")]
    [InlineData("-3", "'-3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Anne = leder", "Anne = leder")]
    [InlineData("−3 procentpoint", "−3 procentpoint")] // the page's minus sign (U+2212) is no formula
    [InlineData("", "")]
    public void A_text_that_a_spreadsheet_would_read_as_a_formula_gets_an_apostrophe(string text, string written) =>
        Assert.Equal(written, FormulaGuard.Neutralise(text));

    [Fact]
    public void The_csv_is_utf8_with_bom_semicolon_separated_quoted_by_the_library_and_neutralised()
    {
        var bytes = CsvExport.Write(Sample);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal(["Ledelsesinformation – test"], rows[0]);
        Assert.Equal(["Hentet af", "'=HYPERLINK(\"http://x\")"], rows[2]);
        var header = rows.FindIndex(r => r.SequenceEqual(["Borger", "Antal", "Dato", "Tekst"]));
        Assert.Equal(["Søren Ærø; \"Østergård\"", "42", "2026-11-03", "'+45 12 34"], rows[header + 1]);
        Assert.Equal(["'-1", "-3", "", "linje 1\nlinje 2"], rows[header + 2]);
        Assert.Equal(["'@SUM(A1)", "0", "2026-11-30", "<b>fed</b>"], rows[header + 3]);
        Assert.Equal(["Note: færre end 5"], rows[header + 4]);
        Assert.Contains("\"Søren Ærø; \"\"Østergård\"\"\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_has_numbers_as_numbers_dates_as_dates_a_frozen_header_and_neutralised_texts()
    {
        using var stream = new MemoryStream(XlsxExport.Write(Sample));
        using var xlsx = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(xlsx, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = xlsx.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Om udtrækket", "Rækker"], sheets.Select(s => s.Name!.Value));
        var about = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet;
        Assert.Contains(about.Descendants<Cell>(), c => c.InnerText == "'=HYPERLINK(\"http://x\")");

        var sheet = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Borger", cells["A1"].InnerText);
        Assert.Equal(CellValues.Number, cells["B2"].DataType!.Value);
        Assert.Equal("42", cells["B2"].CellValue!.Text);
        Assert.Equal("-3", cells["B3"].CellValue!.Text);
        Assert.Equal(new DateTime(2026, 11, 3), DateTime.FromOADate(double.Parse(cells["C2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var dateFormat = (CellFormat)workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)cells["C2"].StyleIndex!.Value);
        Assert.Equal(164U, dateFormat.NumberFormatId!.Value);
        Assert.False(cells.ContainsKey("C3"));
        Assert.Equal("'+45 12 34", cells["D2"].InnerText);
        Assert.Equal("'-1", cells["A3"].InnerText);
        Assert.Equal("'@SUM(A1)", cells["A4"].InnerText);
        Assert.Equal("Søren Ærø; \"Østergård\"", cells["A2"].InnerText);
    }

    [Fact]
    public void The_report_html_encodes_every_text()
    {
        var html = ReportHtml.Render(Sample);

        Assert.Contains("&lt;b&gt;fed&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Søren Ærø", html, StringComparison.Ordinal);
        Assert.Contains("03-11-2026", html, StringComparison.Ordinal);
        var page = ReportHtml.Page(Sample, "p { color: #000; } </style><script>", "Ledelsesinformation");
        Assert.DoesNotContain("</style><script>", page, StringComparison.Ordinal);
        Assert.Contains("@page", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tables_chart_is_drawn_above_it_in_the_report_only_with_its_text_alternative()
    {
        var months = new FigureMonthChartData("Svarprocent måned for måned", true, "delmål",
            [new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), 80, "80 % (8 af 10)"), new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), null, "Ingen data")]);
        var table = new ExportTable("Svarprocent måned for måned", ["Måned", "Tal"], [["januar 2026", "80 % (8 af 10)"], ["februar 2026", "Ingen data"]],
            Chart: new ExportChart(FigureMonthChart.Svg(months), "Kurve <over> andelen", "Samme tal står i tabellen."));
        var document = Sample with { Tables = [table] };

        var html = ReportHtml.Render(document);

        Assert.Contains("role=\"img\" aria-label=\"Kurve &lt;over&gt; andelen\"><svg", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<svg", StringComparison.Ordinal) < html.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("<figcaption>Samme tal står i tabellen.</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", Encoding.UTF8.GetString(CsvExport.Write(document)), StringComparison.Ordinal);
    }

    /// <summary>The CSV's records read back by the library, with the file's ';' and any field count per record.</summary>
    internal static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';', HasHeader = false, FieldCountMismatch = CsvFieldCountHandling.Allow });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
