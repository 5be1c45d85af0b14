using System.IO.Compression;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.IntegrationTests.Borgere.Indsigt;

/// <summary>
/// /borgere/{id}/indsigt (GDPR art. 15): a leader downloads everything held about one citizen as
/// a ZIP of a readable DOCX and complete JSON; readers appear in the access log by role only; the
/// export is one Export audit row; anyone else is refused (audited) and another department's
/// citizen does not exist.
/// </summary>
public sealed class CitizenExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string PackageUrl(Guid id) => $"/borgere/{id}/indsigt/indsigt.zip";

    [Fact]
    public async Task The_package_holds_every_kind_of_data_with_all_versions_and_names_readers_only_by_role()
    {
        var record = await App.NewCitizenWithFullRecordAsync(DemoUsers.Maagen, "indsigt-1", DemoUsers.Mette);
        var id = record.Citizen.Id;
        using (var mette = await fixture.SignInAsync(DemoUsers.Mette))
        {
            (await mette.GetPageAsync($"/borgere/{id}")).AssertStatus(HttpStatusCode.OK);
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/borgere/{id}/indsigt")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(PackageUrl(id), page.Document.QuerySelector("main a.button-primary")!.GetAttribute("href"));
        var before = await App.LastAuditIdAsync();

        var response = await anne.GetAsync(PackageUrl(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"indsigt-{App.Today:yyyy-MM-dd}.zip", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, id, "Borger: indsigtspakke"), (audit.Action, audit.CitizenId, audit.Subject));

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["indsigt.docx", "indsigt.json", $"samtykker/{record.ConsentId}.pdf"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(Read(zip, "indsigt.json"));
        var root = json.RootElement;
        Assert.Equal("retning-indsigt/1", root.GetProperty("format").GetString());
        Assert.Equal(record.Citizen.CprDigits, root.GetProperty("borger").GetProperty("CprDigits").GetString());

        var wordings = Items(root, "formaal").Single().GetProperty("Revisions").EnumerateArray().Select(r => r.GetProperty("Text").GetString()).ToList();
        Assert.Equal(new[] { record.FirstWording, record.SecondWording }.Order(StringComparer.Ordinal), wordings.Order(StringComparer.Ordinal));

        var plan = root.GetProperty("plan");
        var goals = plan.GetProperty("Goals").EnumerateArray().Select(g => g.GetProperty("Id").GetGuid()).ToList();
        Assert.Contains(record.GoalId, goals);
        Assert.Contains(record.SubGoalId, goals);
        var closed = plan.GetProperty("Periods").EnumerateArray().Single(p => p.GetProperty("Id").GetGuid() == record.ClosedPeriodId);
        // The snapshot is embedded as JSON, holding the plan's goals as they stood.
        Assert.Equal(JsonValueKind.Object, closed.GetProperty("SnapshotJson").ValueKind);
        Assert.Contains("Mål indsigt-1", closed.GetProperty("SnapshotJson").GetRawText(), StringComparison.Ordinal);

        var note = Items(root, "dagbogsnotater").Single(n => n.GetProperty("Id").GetGuid() == record.CorrectedNoteId);
        var versions = note.GetProperty("Versions").EnumerateArray().OrderBy(v => v.GetProperty("Number").GetInt32()).ToList();
        Assert.Equal([record.FirstNoteText, record.CorrectedNoteText], versions.Select(v => v.GetProperty("Text").GetString()));
        Assert.Equal("Forkert dato", versions[1].GetProperty("CorrectionReason").GetString());
        Assert.Equal(6, Items(root, "scoringer").Count);

        Assert.Equal(record.EvaluationId, Items(root, "evalueringer").Single().GetProperty("Id").GetGuid());
        var status = Items(root, "statusrapporter").Single();
        Assert.Equal(record.StatusId, status.GetProperty("Report").GetProperty("Id").GetGuid());
        Assert.Equal("Status indsigt-1", status.GetProperty("Revisions")[0].GetProperty("ContentJson").GetProperty("Tekst").GetString());
        Assert.Equal("Approved", status.GetProperty("Events")[0].GetProperty("Kind").GetString());
        Assert.Equal("Aftale indsigt-1", Items(root, "statusmoeder").Single().GetProperty("MinutesAgreements").GetString());
        Assert.Equal(2, Items(root, "statusmoeder").Single().GetProperty("Participants").GetArrayLength());
        Assert.Equal(record.ConsentId, Items(root, "samtykker").Single().GetProperty("Id").GetGuid());
        Assert.Equal(record.DisclosureId, Items(root, "videregivelser").Single().GetProperty("Id").GetGuid());
        Assert.Equal("Revision indsigt-1", Items(root, "planrevisioner").Single().GetProperty("Text").GetString());
        Assert.Equal($"Værge {record.Tag}", Items(root, "repraesentanter").Single().GetProperty("Name").GetString());
        Assert.Equal(await App.UserIdAsync(DemoUsers.Mette), Items(root, "kontaktteam").Single().GetProperty("UserId").GetGuid());
        Assert.Equal("Gennemgang indsigt-1", Items(root, "kvalitetsgennemgange").Single().GetProperty("CoherenceComment").GetString());
        Assert.Equal("CouldNotAnswer", Items(root, "borgersamtaler").Single().GetProperty("Answer2").GetString());

        // The access log: every row up to the export, each reader by role and department, no staff names.
        var log = root.GetProperty("adgangslog");
        var roles = log.EnumerateArray().Select(l => l.GetProperty("Role").GetString()).ToHashSet();
        Assert.Contains("Medarbejder, Afdeling Mågen", roles);
        Assert.Contains("Afdelingsleder, Afdeling Mågen", roles);
        var logText = log.GetRawText();
        foreach (var user in new[] { DemoUsers.Mette, DemoUsers.Anne })
        {
            Assert.DoesNotContain(await App.FullNameAsync(user), logText, StringComparison.Ordinal);
            Assert.DoesNotContain(user, logText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("UserName", logText, StringComparison.Ordinal);
        Assert.DoesNotContain("UserId", logText, StringComparison.Ordinal);

        var docx = Read(zip, "indsigt.docx");
        Assert.Empty(ValidationErrors(docx));
        var body = BodyText(docx);
        foreach (var present in new[] { record.FirstWording, record.SecondWording, record.CorrectedNoteText, "Mål indsigt-1", "Aftale indsigt-1", "Medarbejder, Afdeling Mågen",
                     "Gennemgang indsigt-1", "Kunne ikke svare", "Samtale indsigt-1" })
        {
            Assert.Contains(present, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await App.FullNameAsync(DemoUsers.Mette), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_head_may_export_a_citizen_of_the_offer()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Ternen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var response = await lars.GetAsync(PackageUrl(citizen.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var json = JsonDocument.Parse(Read(zip, "indsigt.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("plan").ValueKind);
        Assert.Empty(ValidationErrors(Read(zip, "indsigt.docx")));
    }

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Kvalitet)]
    public async Task Staff_who_are_not_leaders_are_refused_and_the_refusal_is_audited(string email)
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        using var client = await fixture.SignInAsync(email);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/borgere/{citizen.Id}/indsigt")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(PackageUrl(citizen.Id))).StatusCode);

        var audit = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(
            [(AuditAction.Denied, "Borger: indsigt (uden ret)"), (AuditAction.Denied, "Borger: indsigtspakke (uden ret)")],
            audit.Select(a => (a.Action, a.Subject)));
        Assert.All(audit, a => Assert.Equal(citizen.Id, a.CitizenId));
    }

    [Fact]
    public async Task A_citizen_of_another_department_is_not_found_and_the_attempt_is_audited()
    {
        var foreign = await App.NewCitizenAsync(DemoUsers.Ternen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(PackageUrl(foreign.Id))).StatusCode);

        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, foreign.Id), (audit.Action, audit.CitizenId));
    }

    private static List<JsonElement> Items(JsonElement root, string name) => [.. root.GetProperty(name).EnumerateArray()];

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    private static string BodyText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))));
    }
}
