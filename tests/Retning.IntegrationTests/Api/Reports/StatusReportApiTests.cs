using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Status;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Reports;

/// <summary>
/// /api/v1/borgere/{id}/statusrapporter: approved revisions only (a draft never leaves), the content as approved, the
/// DOCX and PDF as the pages make them (read back by real readers), 404 outside scope, the text right, one audit row per call.
/// </summary>
public sealed class StatusReportApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Only_approved_revisions_are_listed_and_read_never_a_draft()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var (statusId, revisionId) = await App.AddApprovedStatusAsync(anne, citizen.Id);
        await anne.OpenNewRevisionAsync(citizen.Id, statusId); // revision 2 is a draft
        var draftOnly = await App.AddDraftStatusAsync(citizen.Id);
        var before = await App.LastAuditIdAsync();

        var list = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter")).Assert(HttpStatusCode.OK).Json;
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(revisionId.ToString(), item["id"]!.GetValue<string>());
        Assert.Equal(statusId.ToString(), item["statusReportId"]!.GetValue<string>());
        Assert.Equal(1, item["revisionNumber"]!.GetValue<int>());
        Assert.Equal("Anne Thomsen", item["approvedByName"]!.GetValue<string>());
        Assert.Equal(App.Today.AddMonths(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), item["periodFrom"]!.GetValue<string>());
        Assert.False(item["superseded"]!.GetValue<bool>());

        var content = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}")).Assert(HttpStatusCode.OK);
        Assert.Equal("\"v1\"", content.ETag);
        var sections = content.Json["sections"]!.AsArray();
        Assert.Contains(sections, s => s!["since"]?.GetValue<string>() == "Tekst til Resources");
        Assert.Equal(citizen.FullName, content.Json["citizenName"]!.GetValue<string>());
        Assert.Equal("Anne Thomsen", content.Json["approvedByName"]!.GetValue<string>());
        // A draft's (or a status's own) id is no approved revision: not found.
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{draftOnly}")).AssertProblem(HttpStatusCode.NotFound);
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{statusId}/docx")).AssertProblem(HttpStatusCode.NotFound);

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(
            [(AuditAction.Read, (Guid?)citizen.Id, "API: statusrapporter"), (AuditAction.Read, citizen.Id, "API: statusrapport")],
            rows.Take(2).Select(r => (r.Action, r.CitizenId, r.Subject)));
    }

    [Fact]
    public async Task The_DOCX_is_the_pages_document_valid_and_audited_as_one_export()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        var (statusId, revisionId) = await App.AddApprovedStatusAsync(anne, citizen.Id);
        var before = await App.LastAuditIdAsync();

        var response = await anne.GetAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var page = await anne.GetAsync($"/borgere/{citizen.Id}/status/{statusId}/status.docx");
        Assert.Equal(FileName(page), FileName(response));
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(citizen.FirstName, text, StringComparison.Ordinal);
        Assert.Contains("Tekst til Resources", text, StringComparison.Ordinal);
        Assert.Contains("Anne Thomsen", text, StringComparison.Ordinal);

        var row = (await App.AuditEntriesSinceAsync(before)).First();
        Assert.Equal((AuditAction.Export, (Guid?)citizen.Id, "API: status hentet som Word"), (row.Action, row.CitizenId, row.Subject));
    }

    [Fact]
    public async Task The_PDF_is_printed_by_Chromium_and_reads_back_with_the_content()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3);
        var (_, revisionId) = await App.AddApprovedStatusAsync(anne, citizen.Id);
        var before = await App.LastAuditIdAsync();

        var response = await anne.GetAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("-v1.pdf", FileName(response), StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"retning-api-status-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = await PdfText.ReadAsync(path);
            Assert.Contains(citizen.FullName, text, StringComparison.Ordinal);
            Assert.Contains("Tekst til Resources", text, StringComparison.Ordinal);
            Assert.Matches(@"Side 1 af \d+", text);
        }
        finally
        {
            File.Delete(path);
        }

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)citizen.Id, "API: status hentet som PDF"), (row.Action, row.CitizenId, row.Subject));
    }

    [Fact]
    public async Task Another_department_gets_404_and_a_client_without_the_text_right_403_both_audited()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas); // Ternen
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 4);
        var (_, revisionId) = await App.AddApprovedStatusAsync(anne, citizen.Id);
        var before = await App.LastAuditIdAsync();

        (await jonas.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter")).AssertProblem(HttpStatusCode.NotFound);
        (await jonas.GetJsonAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}/pdf")).AssertProblem(HttpStatusCode.NotFound);
        var denied = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(2, denied.Count);
        Assert.All(denied, r => Assert.Equal((AuditAction.Denied, (Guid?)citizen.Id), (r.Action, r.CitizenId)));

        var client = await App.AddApiClientAsync("Kommunens sagssystem uden fritekst", DemoUsers.Maagen, ApiRights.Read);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        using var list = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter", token);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(revisionId, (await list.JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid());
        using var docx = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}/docx", token);
        Assert.Equal(HttpStatusCode.Forbidden, docx.StatusCode);
        var text = await App.AddApiClientAsync("Kommunens sagssystem med fritekst", DemoUsers.Maagen, ApiRights.Read | ApiRights.Text);
        using var allowed = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen.Id}/statusrapporter/{revisionId}", await http.TokenAsync(text));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var last = (await App.AuditEntriesSinceAsync(before)).TakeLast(3).ToList();
        Assert.Equal([AuditAction.Read, AuditAction.Denied, AuditAction.Read], last.Select(r => r.Action));
        Assert.Equal("API-klient: Kommunens sagssystem med fritekst", last[2].UserName);
    }

    private static string FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
}
