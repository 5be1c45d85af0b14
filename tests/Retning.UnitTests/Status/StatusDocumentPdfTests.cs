using System.Runtime.Versioning;
using Retning.Documents.Pdf;
using Retning.UnitTests.Documents.Pdf;
using Retning.Documents.Status;

namespace Retning.UnitTests.Status;

/// <summary>
/// The status printed by the real Chromium and read back with poppler-utils: A4, the running header
/// and "Side n af N" on every page, the goals and the chart's numbers in the text. In the PDF
/// collection (no parallel process starts); skipped where Chromium or poppler is missing.
/// </summary>
[Collection(PdfCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class StatusDocumentPdfTests : IDisposable
{
    private readonly PdfScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task The_status_prints_on_a4_with_header_and_page_numbers_on_every_page_and_all_its_text()
    {
        var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { TempDirectory = _scratch.Work });
        Assert.SkipUnless(printer.IsAvailable, "Chromium is not installed (sudo apt-get install chromium).");
        Assert.SkipUnless(Poppler.IsInstalled, "poppler-utils is not installed (sudo apt-get install poppler-utils).");
        var content = StatusDocumentSample.Content();

        var pdf = await printer.PrintAsync(StatusPdfHtml.Build(content), TestContext.Current.CancellationToken);

        var (pageCount, width, height) = Poppler.Info(pdf);
        Assert.InRange(width, 594, 596);
        Assert.InRange(height, 841, 843);
        Assert.True(pageCount >= 3, $"The sample runs over several pages, got {pageCount}.");
        var pages = Poppler.PageTexts(pdf);
        Assert.Equal(pageCount, pages.Length);
        for (var n = 1; n <= pageCount; n++)
        {
            var page = Poppler.Squeeze(pages[n - 1]);
            Assert.StartsWith(StatusDocumentSample.RunningHeader, page.TrimStart(), StringComparison.Ordinal);
            Assert.EndsWith($"Side {n} af {pageCount}", page.TrimEnd(), StringComparison.Ordinal);
        }

        var all = Poppler.Squeeze(string.Join('\n', pages));
        Assert.Contains("Status til kommunen", all, StringComparison.Ordinal);
        Assert.Contains(StatusDocumentSample.CitizenName, all, StringComparison.Ordinal);
        foreach (var goal in new[] { StatusDocumentSample.SchoolGoalText, StatusDocumentSample.FriendsGoalText, StatusDocumentSample.HealthGoalText, StatusDocumentSample.ClubText })
        {
            Assert.Contains(goal, all, StringComparison.Ordinal);
        }

        Assert.Contains("Tlf. " + StatusDocumentSample.OfferPhone, all, StringComparison.Ordinal);
        Assert.Contains(StatusDocumentSample.ContactLine, all, StringComparison.Ordinal);

        // Every score of the first sub-goal in the appendix: date, value and level on one line.
        foreach (var score in StatusDocumentSample.Goals()[1].Indicator!.Scores)
        {
            Assert.Contains($"{StatusDocumentText.Date(score.On)} {score.Value} {score.Label}", all, StringComparison.Ordinal);
        }

        Assert.Contains("Siden sidste status", all, StringComparison.Ordinal);
        Assert.Contains("Fremadrettet", all, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusDocumentSample.ExcludedApproaches, all, StringComparison.Ordinal);
        Assert.Empty(_scratch.WorkEntries());
    }
}
