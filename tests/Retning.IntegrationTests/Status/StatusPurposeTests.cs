using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.Domain.Status;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Status;

/// <summary>
/// "Formålet med indsatsen" holds every current purpose (the newest revision of each), on the
/// status page, in the DOCX and in the PDF — of a draft and of the approved (frozen) version.
/// A citizen with two purposes once got only one.
/// </summary>
public sealed partial class StatusPurposeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Family = "At barnet bevarer en god og stabil kontakt til sin familie";
    private const string SchoolOld = "At barnet kommer i skole";
    private const string School = "At barnet får en stabil skolegang, hvor det lærer og trives";

    private RetningApp App => fixture.App;

    [Fact]
    public async Task Every_current_purpose_is_in_the_status_page_the_DOCX_and_the_PDF_before_and_after_approval()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await Maal.GoalTestData.NthCitizenAsync(App, DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        await App.AddStatusWorthyPlanAsync(citizen.Id, "At barnet klarer morgenen", "At barnet står selv op ved vækning", "At barnet spiller fodbold");
        await AddPurposeAsync(citizen.Id, "Kontakt til familien", (Family, 40));
        await AddPurposeAsync(citizen.Id, "Stabil skolegang", (SchoolOld, 50), (School, 20));
        var expected = await CurrentPurposeTextsAsync(citizen.Id);
        Assert.Contains(Family, expected);
        Assert.Contains(School, expected);
        Assert.DoesNotContain(SchoolOld, expected);

        var created = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/ny");
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        await AssertEveryPurposeAsync(mette, url, expected);

        await mette.PostFormAsync(url, $"main form[action*='step={StatusStep.SubmitForApproval}']");
        await anne.PostFormAsync(url, $"main form[action*='step={StatusStep.Approve}']");
        Assert.Equal(StatusState.Approved, (await App.FindStatusAsync(statusId)).State);
        await AssertEveryPurposeAsync(mette, url, expected);
    }

    private static async Task AssertEveryPurposeAsync(BrowserlessClient client, string url, IReadOnlyList<string> expected)
    {
        var page = (await client.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var purposeSection = Assert.Single(page.Document.QuerySelectorAll(".status-doc-section"),
            s => s.QuerySelector(".status-doc-heading")?.TextContent.Trim() == "Formålet med indsatsen");
        var docx = await DocxTextAsync(client, url + "/status.docx");
        var pdf = await PdfTextAsync(client, url + "/status.pdf");
        foreach (var text in expected)
        {
            Assert.Contains(text, Collapse(purposeSection.TextContent), StringComparison.Ordinal);
            Assert.Contains(text, docx, StringComparison.Ordinal);
            Assert.Contains(text, pdf, StringComparison.Ordinal);
        }

        // An older wording of a purpose is not current.
        Assert.DoesNotContain(SchoolOld, purposeSection.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(SchoolOld, docx, StringComparison.Ordinal);
        Assert.DoesNotContain(SchoolOld, pdf, StringComparison.Ordinal);
    }

    private static async Task<string> DocxTextAsync(BrowserlessClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join('\n', doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static async Task<string> PdfTextAsync(BrowserlessClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"retning-status-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            // A long purpose may wrap: compare with the whitespace collapsed.
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

    /// <summary>A purpose with its revisions, each received the given number of days ago.</summary>
    private async Task AddPurposeAsync(Guid citizenId, string title, params (string Text, int DaysAgo)[] revisions)
    {
        await using var db = App.CreateSystemDbContext();
        var purpose = new Purpose { CitizenId = citizenId, Title = title };
        foreach (var (text, daysAgo) in revisions)
        {
            purpose.Revisions.Add(new PurposeRevision
            {
                PurposeId = purpose.Id, Text = text, ReceivedOn = App.Today.AddDays(-daysAgo), Source = PurposeSource.ActionPlan140,
                EnteredByName = "Test", EnteredUtc = App.Clock.GetUtcNow().UtcDateTime,
            });
        }

        db.Purposes.Add(purpose);
        await db.SaveChangesAsync();
    }

    /// <summary>The newest revision's text of each of the citizen's purposes (the demo's own included).</summary>
    private async Task<IReadOnlyList<string>> CurrentPurposeTextsAsync(Guid citizenId)
    {
        await using var db = App.CreateSystemDbContext();
        var purposes = await db.Purposes.AsNoTracking().Include(p => p.Revisions).Where(p => p.CitizenId == citizenId).ToListAsync();
        return [.. purposes.Select(p => p.Current!.Text)];
    }
}
