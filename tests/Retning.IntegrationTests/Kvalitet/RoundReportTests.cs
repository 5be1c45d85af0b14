using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The round's report to hand to socialtilsynet (issue 15): the print view, the DOCX and the PDF say the same —
/// scope, period, reviewers, sample and seed, conclusion, results per indicator with a chart, per department and
/// offer, agreement and the improvement plan — and hold aggregates only: no citizen's name.
/// </summary>
public sealed class RoundReportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid RoundId, List<string> CitizenNames)> RoundAsync(string title)
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, title);
        var actionId = await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Lars, "Samarbejdsaftaler", App.Today, ImprovementActionStatus.Done);
        await using var db = App.CreateSystemDbContext();
        var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId);
        (action.Status, action.AfterValue, action.AfterReadOn) = (ImprovementActionStatus.VerifiedEffective, 50, App.Today);
        await db.SaveChangesAsync();
        var citizenIds = await db.RoundSamples.IgnoreQueryFilters().Where(s => s.RoundId == roundId).Select(s => s.CitizenId).ToListAsync();
        var names = await db.Citizens.IgnoreQueryFilters().Where(c => citizenIds.Contains(c.Id)).Select(c => c.FirstName + " " + c.LastName).ToListAsync();
        return (roundId, names);
    }

    private static void AssertReport(string text, IEnumerable<string> citizenNames)
    {
        foreach (var expected in new[]
                 {
                     "Runde til tilsynet", "Solsikken – Mågen", "01-01-2025 – 31-12-2025", "frø 4711", "Samarbejdet med eksterne aktører skal styrkes.",
                     "Indikator 7", "1 af 4 (25 %)", "kappa", "Samarbejdsaftaler", "Virkning bekræftet", "Fast punkt på teammødet.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.All(citizenNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_print_view_shows_the_round_its_results_charts_agreement_and_plan_and_no_citizen()
    {
        var (roundId, names) = await RoundAsync("Runde til tilsynet");
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var before = await App.LastAuditIdAsync();

        var page = await kvalitet.GetPageAsync($"/kvalitet/{roundId}/rapport");

        page.AssertStatus(HttpStatusCode.OK);
        AssertReport(page.MainText, names);
        Assert.Contains("100 % (4 af 4)", page.MainText, StringComparison.Ordinal); // agreement: the one double-rated plan, four indicators
        Assert.Equal(4, page.Document.QuerySelectorAll("#rapport figure svg").Length);
        Assert.Contains("ingen borgerlogning", page.MainText, StringComparison.Ordinal);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task The_DOCX_opens_validates_and_holds_the_report_with_a_chart_per_indicator()
    {
        var (roundId, names) = await RoundAsync("Runde til tilsynet");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        var response = await lars.GetAsync($"/kvalitet/{roundId}/rapport?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        AssertReport(text, names);
        Assert.Equal(4, doc.MainDocumentPart.ImageParts.Count());
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)null), (audit.Action, audit.CitizenId));
    }

    [Fact]
    public async Task The_PDF_is_printed_by_Chromium_and_reads_back_with_the_report()
    {
        var (roundId, names) = await RoundAsync("Runde til tilsynet");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var response = await lars.GetAsync($"/kvalitet/{roundId}/rapport?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"retning-rapport-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = string.Join(' ', (await PdfText.ReadAsync(path)).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            AssertReport(text, names);
            Assert.Matches(@"Side 1 af \d+", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_unknown_format_or_round_is_not_found()
    {
        var (roundId, _) = await RoundAsync("Runde til tilsynet");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/kvalitet/{roundId}/rapport?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/kvalitet/{Guid.NewGuid()}/rapport")).StatusCode);
    }
}
