using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Retning.Documents.Status;
using Retning.Domain.Evaluations;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Status;

/// <summary>
/// A status the caseworker can use as it is: who sends it and how to reach them on the first page,
/// a file name that says whose it is (without a CPR number), results in the staff's own words, the
/// support level labelled once, and scores per month with every score only as a chosen appendix.
/// </summary>
public sealed partial class StatusForCaseworkerTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Conclusion = "Barnet står nu selv op fire ud af fem morgener.";

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_status_names_its_sender_and_contact_team_gives_results_in_words_and_is_named_by_the_citizen()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await Maal.GoalTestData.NthCitizenAsync(App, DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var (goal, _, _) = await App.AddStatusWorthyPlanAsync(citizen.Id, "At barnet klarer morgenen", "At barnet står selv op ved vækning", "At barnet spiller fodbold");
        string phone;
        await using (var db = App.CreateSystemDbContext())
        {
            // A value typed with its own label, as the demo once had it: the status must not label it twice.
            var stored = await db.Citizens.SingleAsync(c => c.Id == citizen.Id);
            stored.SupportLevel = "Støtteniveau: Højt";
            db.Evaluations.Add(new Evaluation
            {
                CitizenId = citizen.Id, GoalId = goal, EvaluatedOn = App.Today.AddDays(-3), PeriodFrom = App.Today.AddMonths(-2), PeriodTo = App.Today.AddDays(-3),
                Participants = "Teammødet", CitizenInvolvement = "Samtale", Qualitative = Conclusion, Decision = EvaluationDecision.Adjust,
                NextEvaluationOn = App.Today.AddMonths(2), AuthorId = Guid.NewGuid(), AuthorName = "Test",
            });
            await db.SaveChangesAsync();
            phone = (await db.Users.SingleAsync(u => u.Email == DemoUsers.Mette)).PhoneNumber!;
        }

        Assert.False(string.IsNullOrWhiteSpace(phone), "The demo gives its staff a work phone.");
        var created = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/ny");
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";

        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var facts = Collapse(page.Document.QuerySelector(".status-doc-title-facts")!.TextContent);
        string[] sender = ["Børnehjemmet Solsikken – Mågen", "Solsikkevej 12, 8230 Åbyhøj", "Tlf. 86 12 34 56", $"Mette Kjær, tlf. {phone}, {DemoUsers.Mette}"];
        Assert.All(sender, s => Assert.Contains(s, facts, StringComparison.Ordinal));
        var results = Section(page, "Opnåede resultater");
        Assert.Contains($"{App.Today.AddDays(-3):dd-MM-yyyy}, At barnet klarer morgenen: {Conclusion}", results, StringComparison.Ordinal);
        Assert.DoesNotContain("Justér", results, StringComparison.Ordinal);
        var targetGroup = Section(page, "Målgruppe, kategori og støttebehov");
        Assert.Contains("Støtteniveau: Højt", targetGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("Støttebehov: Støtteniveau", targetGroup, StringComparison.Ordinal);

        var report = await App.FindStatusAsync(statusId);
        var name = $"status-{StatusFileName.ShortName(citizen.FullName)}-{report.PeriodFrom:yyyy-MM-dd}--{report.PeriodTo:yyyy-MM-dd}-v1-kladde";
        var docx = await mette.GetAsync(url + "/status.docx");
        Assert.Equal(name + ".docx", FileName(docx));
        Assert.DoesNotContain(citizen.CprDigits[..6], FileName(docx), StringComparison.Ordinal);
        var docxText = await DocxTextAsync(docx);
        Assert.All(sender, s => Assert.Contains(s, docxText, StringComparison.Ordinal));
        var pdf = await mette.GetAsync(url + "/status.pdf");
        Assert.Equal(name + ".pdf", FileName(pdf));
        var pdfText = await PdfTextAsync(pdf);
        Assert.All(sender, s => Assert.Contains(s, pdfText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scores_are_summarised_per_month_and_every_score_is_listed_only_when_the_contact_team_chooses_the_appendix()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await Maal.GoalTestData.NthCitizenAsync(App, DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        await App.AddStatusWorthyPlanAsync(citizen.Id, "At barnet spiser morgenmad", "At barnet selv smører madpakke", "At barnet går til svømning");
        var created = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/ny");
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";

        var page = await mette.GetPageAsync(url);
        var monthly = Assert.Single(page.Document.QuerySelectorAll("table.status-doc-monthly"));
        Assert.Equal(["Måned", "Første", "Seneste", "Median", "Antal"], monthly.QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
        var scores = monthly.QuerySelectorAll("tbody tr").Sum(tr => int.Parse(tr.QuerySelectorAll("td")[4].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(scores, 1, 6);
        Assert.Empty(page.Document.QuerySelectorAll("table.status-doc-scores"));
        Assert.DoesNotContain(StatusDocumentText.AppendixHeading, page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusDocumentText.AppendixHeading, await DocxTextAsync(await mette.GetAsync(url + "/status.docx")), StringComparison.Ordinal);

        var saved = await mette.PostFormAsync(url + "/rediger", overrides: new Dictionary<string, string?> { ["Input.IncludeScoresAppendix"] = "true" });
        Assert.Equal(url, saved.RedirectPath());
        Assert.True((await App.FindStatusAsync(statusId)).IncludeScoresAppendix);
        var edit = await mette.GetPageAsync(url + "/rediger");
        Assert.NotNull(edit.Document.QuerySelector("#Input_IncludeScoresAppendix[checked]"));

        page = await mette.GetPageAsync(url);
        Assert.Contains(StatusDocumentText.AppendixHeading, page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(scores, Assert.Single(page.Document.QuerySelectorAll("table.status-doc-scores")).QuerySelectorAll("tbody tr").Length);
        Assert.Contains(StatusDocumentText.AppendixHeading, await DocxTextAsync(await mette.GetAsync(url + "/status.docx")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_name_switched_off_the_file_name_holds_only_the_period_and_version()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Status:FileNameIncludesName"] = "false" });
        var citizen = await Maal.GoalTestData.NthCitizenAsync(own.App, DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var statusId = await own.App.AddDraftStatusAsync(citizen.Id);
        using var mette = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Mette);

        var report = await own.App.FindStatusAsync(statusId);
        var docx = await mette.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/status.docx");
        Assert.Equal($"status-{report.PeriodFrom:yyyy-MM-dd}--{report.PeriodTo:yyyy-MM-dd}-v1-kladde.docx", FileName(docx));
    }

    private static string Section(Retning.Testing.HtmlPage page, string heading) =>
        Collapse(Assert.Single(page.Document.QuerySelectorAll(".status-doc-section"), s => s.QuerySelector(".status-doc-heading")?.TextContent.Trim() == heading).TextContent);

    private static string FileName(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
    }

    private static async Task<string> DocxTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        // Line breaks inside a cell (the sender's lines) read as new lines, so each line is found whole.
        return string.Join('\n', doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                DocumentFormat.OpenXml.Wordprocessing.Break => "\n",
                _ => string.Empty,
            }))));
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"retning-status-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            return Collapse(await PdfText.ReadAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
