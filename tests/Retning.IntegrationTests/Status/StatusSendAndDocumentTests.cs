using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.Domain.Deadlines;
using Retning.Domain.Status;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Status;

/// <summary>
/// An approved status as DOCX and PDF (real files, read back), and its sending: only an approved
/// status is sent, the citizen must be informed, the disclosure log gets the row and the meeting's
/// send deadline closes — each export and disclosure with its audit row.
/// </summary>
public sealed class StatusSendAndDocumentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Domain.Citizens.Citizen Citizen, Guid StatusId, Guid MeetingId)> ApprovedAsync(int n)
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await Maal.GoalTestData.NthCitizenAsync(App, DemoUsers.Maagen, n, inContactTeam: DemoUsers.Mette);
        await App.AddStatusWorthyPlanAsync(citizen.Id, $"At barnet {n} klarer morgenen", $"At barnet {n} står selv op ved vækning", $"At barnet {n} spiller fodbold");
        var meeting = new StatusMeeting { CitizenId = citizen.Id, On = App.Today.AddDays(20), Place = "Mågen", Agenda = "1. Status" };
        await using (var db = App.CreateSystemDbContext())
        {
            db.StatusMeetings.Add(meeting);
            await db.SaveChangesAsync();
        }

        var created = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/ny", overrides: new Dictionary<string, string?> { ["Input.MeetingId"] = meeting.Id.ToString() });
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        await mette.PostFormAsync(url, $"main form[action*='step={StatusStep.SubmitForApproval}']");
        await anne.PostFormAsync(url, $"main form[action*='step={StatusStep.Approve}']");
        Assert.Equal(StatusState.Approved, (await App.FindStatusAsync(statusId)).State);
        return (citizen, statusId, meeting.Id);
    }

    [Fact]
    public async Task The_approved_status_downloads_as_a_valid_DOCX_with_its_chart_and_is_audited_as_an_export()
    {
        var (citizen, statusId, _) = await ApprovedAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var response = await mette.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/status.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var status = await App.FindStatusAsync(statusId);
        Assert.Equal($"status-{Documents.Status.StatusFileName.ShortName(citizen.FullName)}-{status.PeriodFrom:yyyy-MM-dd}--{status.PeriodTo:yyyy-MM-dd}-v1.docx",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(citizen.FirstName, text, StringComparison.Ordinal);
        Assert.Contains("står selv op ved vækning", text, StringComparison.Ordinal);
        Assert.Contains("Anne Thomsen", text, StringComparison.Ordinal);
        Assert.NotEmpty(doc.MainDocumentPart.ImageParts); // the sub-goal's chart

        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)citizen.Id, "Status: hentet som Word"), (audit.Action, audit.CitizenId, audit.Subject));
    }

    [Fact]
    public async Task The_PDF_is_printed_by_Chromium_and_reads_back_with_the_name_and_page_numbers()
    {
        var (citizen, statusId, _) = await ApprovedAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var response = await mette.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/status.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"retning-status-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = await PdfText.ReadAsync(path);
            Assert.Contains(citizen.FullName, text, StringComparison.Ordinal);
            Assert.Contains("står selv op ved vækning", text, StringComparison.Ordinal);
            Assert.Matches(@"Side 1 af \d+", text);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal((AuditAction.Export, "Status: hentet som PDF"), Assert.Single(await App.AuditEntriesSinceAsync(before)) is var a ? (a.Action, a.Subject) : default);
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_says_how_to_install_it_and_the_DOCX_and_print_view_still_work()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nonexistent/chromium" });
        var citizen = await Maal.GoalTestData.NthCitizenAsync(own.App, DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var statusId = await own.App.AddDraftStatusAsync(citizen.Id);
        using var mette = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Mette);

        var view = await mette.GetPageAsync($"/borgere/{citizen.Id}/status/{statusId}");
        Assert.Contains("apt-get install chromium", view.Document.QuerySelector("#pdf-utilgaengelig")!.TextContent, StringComparison.Ordinal);
        var pdf = await mette.GetPageAsync($"/borgere/{citizen.Id}/status/{statusId}/status.pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.Status);
        Assert.Contains("apt-get install chromium", pdf.Document.QuerySelector("#pdf-fejl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/status.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/udskriv")).StatusCode);
    }

    [Fact]
    public async Task Only_an_approved_status_is_sent_and_the_citizen_must_be_informed()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var draftCitizen = await Maal.GoalTestData.NthCitizenAsync(App, DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        var draftId = await App.AddDraftStatusAsync(draftCitizen.Id);
        var notApproved = (await mette.GetPageAsync($"/borgere/{draftCitizen.Id}/status/{draftId}/send")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Kun en godkendt status kan sendes", notApproved.Document.QuerySelector("#ikke-godkendt")!.TextContent, StringComparison.Ordinal);
        Assert.Null(notApproved.Document.QuerySelector(BrowserlessClient.MainForm));
        var forged = await mette.PostRawAsync($"/borgere/{draftCitizen.Id}/status/{draftId}/send", [new("__RequestVerificationToken", await mette.TokenAsync()),
            new("Input.RecipientName", "X"), new("Input.InformedWhom", "Mor"), new("Input.ConsentSought", "nej"), new("Input.Channel", "SecureMail"), new("Input.Basis", "NecessaryForMunicipality")]);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.False(await db.Disclosures.AnyAsync(d => d.CitizenId == draftCitizen.Id));
        }


        var (citizen, statusId, _) = await ApprovedAsync(3);
        var url = $"/borgere/{citizen.Id}/status/{statusId}/send";
        var before = await App.LastAuditIdAsync();
        var page = await mette.ReadPageAsync(url, await (await mette.GetPageAsync(url)).SubmitAsync(BrowserlessClient.MainForm,
            new Dictionary<string, string?> { ["Input.RecipientName"] = "Rådgiver Rikke", ["Input.InformedWhom"] = "", ["Input.ConsentSought"] = "", ["Input.Note"] = "Sendt med dagsorden" }));
        page.AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(page.Document.QuerySelector("#Input_InformedWhom-error"));
        Assert.NotNull(page.Document.QuerySelector("#Input_ConsentSought-error"));
        Assert.Equal("Sendt med dagsorden", page.Document.QuerySelector("#Input_Note")!.TextContent.Trim());
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.False(await db.Disclosures.AnyAsync(d => d.CitizenId == citizen.Id));
        }

        Assert.DoesNotContain(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Export);

        // Consent as the basis needs a valid consent.
        var noConsent = await mette.ReadPageAsync(url, await (await mette.GetPageAsync(url)).SubmitAsync(BrowserlessClient.MainForm,
            new Dictionary<string, string?> { ["Input.Basis"] = nameof(DisclosureBasis.Consent), ["Input.InformedWhom"] = "Mor", ["Input.ConsentSought"] = "nej" }));
        Assert.NotNull(noConsent.Document.QuerySelector("#Input_ConsentId-error"));
    }

    [Fact]
    public async Task Sending_records_the_disclosure_closes_the_send_deadline_and_marks_the_status_sent()
    {
        var (citizen, statusId, meetingId) = await ApprovedAsync(4);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var sent = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/{statusId}/send", overrides: new Dictionary<string, string?>
        {
            ["Input.RecipientName"] = "Rådgiver Rikke Holm", ["Input.InformedWhom"] = "Mor (forældremyndighed)", ["Input.ConsentSought"] = "ja", ["Input.ConsentGiven"] = "ja",
        });
        Assert.Equal($"/borgere/{citizen.Id}/status/{statusId}", sent.RedirectPath());

        await using var db = App.CreateSystemDbContext();
        var disclosure = await db.Disclosures.SingleAsync(d => d.CitizenId == citizen.Id);
        Assert.Equal((DisclosureSubject.Status, statusId, 1, DisclosureBasis.NecessaryForMunicipality, "Rådgiver Rikke Holm", true, true),
            (disclosure.Subject, disclosure.StatusReportId!.Value, disclosure.StatusRevisionNumber!.Value, disclosure.Basis, disclosure.RecipientName, disclosure.ConsentSought!.Value, disclosure.ConsentGiven!.Value));
        var meeting = await db.StatusMeetings.SingleAsync(m => m.Id == meetingId);
        Assert.Equal((App.Today, disclosure.Id), (meeting.StatusSentOn!.Value, meeting.StatusDisclosureId!.Value));
        Assert.Equal(StatusState.Sent, (await App.FindStatusAsync(statusId)).State);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before), a => a.Action != AuditAction.Read); // the form's GET is a read
        Assert.Equal((AuditAction.Export, "Videregivelse: status sendt til kommunen"), (audit.Action, audit.Subject));
        Assert.DoesNotContain("Rikke", audit.Detail, StringComparison.Ordinal);

        var tasks = await new Web.Services.Tasks.TaskLoader(db).ForCitizensAsync([citizen.Id], App.Today, CancellationToken.None);
        var send = Assert.Single(tasks, t => t.Deadline.Kind == DeadlineKind.StatusSendDeadline);
        Assert.Equal(DeadlineState.Done, send.Deadline.State);

        // The disclosure log shows it.
        var log = await mette.GetPageAsync($"/borgere/{citizen.Id}/videregivelser");
        Assert.Contains("Rådgiver Rikke Holm", log.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
