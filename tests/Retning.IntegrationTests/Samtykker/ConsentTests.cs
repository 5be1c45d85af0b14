using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Pages.Borgere.Samtykker;

namespace Retning.IntegrationTests.Samtykker;

/// <summary>/borgere/{id}/samtykker: the consent registry — adding with a scanned document, editing under concurrency, the yearly review, withdrawal, download and who may do what.</summary>
public sealed class ConsentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "form.app-consent-form";
    private RetningApp App => fixture.App;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> ContactTeamCitizenAsync(int n) => (await App.NthCitizenAsync(DemoUsers.Maagen, n, inContactTeam: DemoUsers.Mette)).Id;

    private static async Task<List<Consent>> ConsentsOfAsync(RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Consents.AsNoTracking().Where(c => c.CitizenId == citizenId).ToListAsync();
    }

    [Fact]
    public async Task A_contact_team_member_registers_a_consent_with_its_scanned_PDF_and_anyone_in_the_department_downloads_it_as_an_export()
    {
        var citizenId = await ContactTeamCitizenAsync(0);
        var citizen = await App.CitizenByIdAsync(citizenId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/samtykker/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("multipart/form-data", form.Form(Form).GetAttribute("enctype"));
        Assert.Equal(D(App.Today), form.FieldValue("Input.GivenOn", Form));
        Assert.Equal(D(App.Today.AddYears(1)), form.FieldValue("Input.ReviewOn", Form));
        // The giver follows the age: a child's custody holder, otherwise the citizen (or a guardian).
        Assert.False(string.IsNullOrEmpty(form.FieldValue("Input.GivenBy", Form)));
        var before = await App.LastAuditIdAsync();

        var response = await mette.SubmitMultipartAsync(form, Form, new Dictionary<string, string?>
        {
            ["Input.Scope"] = nameof(ConsentScope.PlanToMunicipality),
            ["Input.Description"] = "Den individuelle plan til kommunen",
            ["Input.GivenBy"] = nameof(ConsentGiver.Guardian),
            ["Input.GivenByName"] = "Ole Værge",
            ["Input.ReviewOn"] = "",
        }, (ConsentTestData.Pdf, "Samtykke fra værge.pdf", "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = Assert.Single(await ConsentsOfAsync(App, citizenId));
        Assert.Equal((ConsentScope.PlanToMunicipality, ConsentGiver.Guardian, "Ole Værge"), (consent.Scope, consent.GivenBy, consent.GivenByName));
        Assert.Equal((App.Today, App.Today, App.Today.AddYears(1)), (consent.GivenOn, consent.ValidFrom, consent.ReviewOn));
        Assert.Equal(("application/pdf", "Samtykke fra værge.pdf"), (consent.DocumentContentType, consent.DocumentName));
        Assert.Equal(ConsentTestData.Pdf, consent.Document);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Samtykke", citizenId), (audit.Action, audit.Subject, audit.CitizenId));
        Assert.DoesNotContain("Ole", audit.Detail, StringComparison.Ordinal);

        var list = (await mette.GetPageAsync($"/borgere/{citizenId}/samtykker")).AssertStatus(HttpStatusCode.OK);
        var card = list.Document.QuerySelector($"#samtykke-{consent.Id}")!;
        Assert.Equal("Gyldigt", card.QuerySelector(".app-consent-state")!.TextContent.Trim());
        Assert.Contains("Ole Værge", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Den individuelle plan kan i dag videregives", list.MainText, StringComparison.Ordinal);

        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var beforeDownload = await App.LastAuditIdAsync();
        var download = await kvalitet.GetAsync(card.QuerySelector("a.app-consent-document")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Samtykke fra værge.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(ConsentTestData.Pdf, await download.Content.ReadAsByteArrayAsync());
        var export = Assert.Single(await App.AuditEntriesSinceAsync(beforeDownload));
        Assert.Equal((AuditAction.Export, DemoUsers.Kvalitet, $"samtykke={consent.Id}"), (export.Action, export.UserName, export.Detail));
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_at_the_fields_keeps_what_was_typed_and_saves_nothing()
    {
        var citizenId = await ContactTeamCitizenAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizenId}/samtykker/ny");

        var page = await mette.SubmitMultipartForPageAsync(form, Form, new Dictionary<string, string?>
        {
            ["Input.Scope"] = "",
            ["Input.Description"] = "Oplysninger fra egen læge om medicin",
            ["Input.GivenByName"] = "",
            ["Input.GivenOn"] = D(App.Today.AddDays(1)),
            ["Input.ValidFrom"] = D(App.Today),
            ["Input.ValidTo"] = D(App.Today.AddDays(-1)),
            ["Input.ReviewOn"] = "ikke en dato",
        }, (ConsentTestData.Pdf, "samtykke.pdf", "application/pdf"));

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg hvad samtykket gælder.", page.FieldError("Input.Scope"));
        Assert.Equal("Skriv navnet på den, der har givet samtykket.", page.FieldError("Input.GivenByName"));
        Assert.Equal("Et samtykke kan ikke være givet i fremtiden.", page.FieldError("Input.GivenOn"));
        Assert.Equal("Slutdatoen skal ligge efter startdatoen.", page.FieldError("Input.ValidTo"));
        Assert.NotNull(page.FieldError("Input.ReviewOn"));
        Assert.Equal(5, page.ErrorSummary.Count);
        Assert.Equal("Oplysninger fra egen læge om medicin", page.FieldValue("Input.Description", Form));
        Assert.Equal(D(App.Today.AddDays(-1)), page.FieldValue("Input.ValidTo", Form));
        // A browser cannot keep a chosen file through an error: the page says so.
        Assert.Contains("Vælg den igen", page.Document.QuerySelector("#Input_Document-again")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await ConsentsOfAsync(App, citizenId));
    }

    [Fact]
    public async Task A_file_that_is_too_big_not_a_PDF_JPEG_or_PNG_or_named_as_something_else_is_refused()
    {
        var citizenId = await ContactTeamCitizenAsync(2);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var fields = new Dictionary<string, string?>
        {
            ["Input.Scope"] = nameof(ConsentScope.ObtainInformation), ["Input.Description"] = "Fra skolen", ["Input.GivenByName"] = "Mor",
        };
        var tooBig = new byte[ConsentRules.MaxDocumentBytes + 1];
        ConsentTestData.Pdf.CopyTo(tooBig, 0);

        foreach (var (bytes, name, type, expected) in new[]
                 {
                     (tooBig, "stor.pdf", "application/pdf", "Filen er for stor (10,0 MB). Den må højst fylde 10 MB."),
                     ("<html><script>alert(1)</script></html>"u8.ToArray(), "samtykke.pdf", "application/pdf", "Filen skal være en PDF, JPEG eller PNG. Indholdet er ikke nogen af dem."),
                     (ConsentTestData.Png, "samtykke.pdf", "application/pdf", "Filens navn (pdf) passer ikke til indholdet (png). Vælg den rigtige fil, eller omdøb den."),
                 })
        {
            var form = await mette.GetPageAsync($"/borgere/{citizenId}/samtykker/ny");
            var page = await mette.SubmitMultipartForPageAsync(form, Form, fields, (bytes, name, type));

            page.AssertStatus(HttpStatusCode.OK);
            Assert.Equal(expected, page.FieldError("Input.Document"));
            Assert.Equal("Fra skolen", page.FieldValue("Input.Description", Form));
        }

        Assert.Empty(await ConsentsOfAsync(App, citizenId));
    }

    [Fact]
    public async Task Editing_keeps_the_document_and_a_concurrent_edit_is_refused_with_both_versions_shown()
    {
        var citizenId = await ContactTeamCitizenAsync(3);
        var consent = await App.AddConsentAsync(citizenId, withDocument: true);
        var url = $"/borgere/{citizenId}/samtykker/{consent.Id}/rediger";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var metteForm = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var anneForm = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Den individuelle plan til kommunen", metteForm.FieldValue("Input.Description", Form));
        var before = await App.LastAuditIdAsync();

        var saved = await mette.SubmitMultipartAsync(metteForm, Form, new Dictionary<string, string?>
        {
            ["Input.Description"] = "Planen og statusrapporter til Aalborg Kommune",
            ["Input.ValidTo"] = D(App.Today.AddYears(2)),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = Assert.Single(await ConsentsOfAsync(App, citizenId));
        Assert.Equal(("Planen og statusrapporter til Aalborg Kommune", App.Today.AddYears(2), consent.Version + 1), (stored.Description, stored.ValidTo, stored.Version));
        Assert.Equal(ConsentTestData.Pdf, stored.Document); // untouched by an edit without a file
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Samtykke"), (audit.Action, audit.Subject));

        var conflict = await anne.SubmitMultipartForPageAsync(anneForm, Form, new Dictionary<string, string?> { ["Input.Description"] = "Annes tekst" });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(RedigerModel.ConflictMessage, conflict.ErrorSummary);
        Assert.Equal("Annes tekst", conflict.FieldValue("Input.Description", Form));
        Assert.Contains("Planen og statusrapporter til Aalborg Kommune", conflict.Document.QuerySelector(".app-conflict-card")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Planen og statusrapporter til Aalborg Kommune", Assert.Single(await ConsentsOfAsync(App, citizenId)).Description);

        // Saving again from the conflict page is a deliberate overwrite, and a new PNG replaces the PDF.
        var again = await anne.SubmitMultipartAsync(conflict, Form, file: (ConsentTestData.Png, "scan.png", "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = Assert.Single(await ConsentsOfAsync(App, citizenId));
        Assert.Equal(("Annes tekst", "image/png", "scan.png"), (final.Description, final.DocumentContentType, final.DocumentName));
        Assert.Equal(ConsentTestData.Png, final.Document);

        var remove = await anne.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.SubmitMultipartAsync(remove, Form, new Dictionary<string, string?> { ["Input.RemoveDocument"] = "true" })).StatusCode);
        var removed = Assert.Single(await ConsentsOfAsync(App, citizenId));
        Assert.Equal(((byte[]?)null, (string?)null, (string?)null), (removed.Document, removed.DocumentName, removed.DocumentContentType));
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizenId}/samtykker/{consent.Id}/dokument")).StatusCode);
    }

    [Fact]
    public async Task An_overdue_review_is_marked_and_Revurderet_moves_it_a_year_ahead()
    {
        var citizenId = await ContactTeamCitizenAsync(4);
        var consent = await App.AddConsentAsync(citizenId, c =>
        {
            c.GivenOn = c.ValidFrom = App.Today.AddMonths(-14);
            c.ReviewOn = App.Today.AddMonths(-2);
        });
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var list = await mette.GetPageAsync($"/borgere/{citizenId}/samtykker");
        var card = list.Document.QuerySelector($"#samtykke-{consent.Id}")!;
        Assert.Equal("Revurdering overskredet", card.QuerySelector(".app-consent-state")!.TextContent.Trim());
        Assert.Contains("revurderingen er overskredet", card.QuerySelector(".app-consent-review")!.TextContent, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        var response = await list.SubmitAsync($"#samtykke-{consent.Id} form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(App.Today.AddYears(1), (await ConsentsOfAsync(App, citizenId)).Single(c => c.Id == consent.Id).ReviewOn);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Samtykke: revurderet"), (audit.Action, audit.Subject));
        var after = await mette.GetPageAsync($"/borgere/{citizenId}/samtykker");
        Assert.Equal("Gyldigt", after.Document.QuerySelector($"#samtykke-{consent.Id} .app-consent-state")!.TextContent.Trim());

        // The same (now old) form again: the version no longer matches, so nothing is changed twice.
        var stale = await list.SubmitForPageAsync($"#samtykke-{consent.Id} form");
        stale.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En anden har ændret samtykket", string.Join(" ", stale.ErrorSummary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_consent_shows_as_withdrawn_from_its_day_and_a_withdrawal_needs_a_date_and_a_note()
    {
        var citizenId = await ContactTeamCitizenAsync(4);
        var consent = await App.AddConsentAsync(citizenId, c => c.Scope = ConsentScope.StatusToOthers);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{citizenId}/samtykker/{consent.Id}/rediger";
        var form = await anne.GetPageAsync(url);
        Assert.Equal(D(App.Today), form.FieldValue("Withdrawal.WithdrawnOn", "#tilbagekald-form"));

        var refused = await form.SubmitForPageAsync("#tilbagekald-form", new Dictionary<string, string?>
        {
            ["Withdrawal.WithdrawnOn"] = D(consent.GivenOn.AddDays(-1)), ["Withdrawal.WithdrawnNote"] = "",
        });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Et samtykke kan ikke tilbagekaldes, før det blev givet.", refused.FieldError("Withdrawal.WithdrawnOn"));
        Assert.StartsWith("Skriv hvem der tilbagekaldte samtykket", refused.FieldError("Withdrawal.WithdrawnNote"), StringComparison.Ordinal);
        Assert.Null((await ConsentsOfAsync(App, citizenId)).Single(c => c.Id == consent.Id).WithdrawnOn);
        var before = await App.LastAuditIdAsync();

        var response = await refused.SubmitAsync("#tilbagekald-form", new Dictionary<string, string?>
        {
            ["Withdrawal.WithdrawnOn"] = D(App.Today), ["Withdrawal.WithdrawnNote"] = "Far ringede og trak samtykket tilbage",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await ConsentsOfAsync(App, citizenId)).Single(c => c.Id == consent.Id);
        Assert.Equal((App.Today, "Far ringede og trak samtykket tilbage"), (stored.WithdrawnOn, stored.WithdrawnNote));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Samtykke: tilbagekaldt"), (audit.Action, audit.Subject));
        Assert.DoesNotContain("Far", audit.Detail, StringComparison.Ordinal);
        var card = (await anne.GetPageAsync($"/borgere/{citizenId}/samtykker")).Document.QuerySelector($"#samtykke-{consent.Id}")!;
        Assert.Equal("Tilbagekaldt", card.QuerySelector(".app-consent-state")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("form")); // no "Revurderet" for a withdrawn consent
        Assert.Contains($"Samtykket er tilbagekaldt {App.Today:dd-MM-yyyy}.", (await anne.GetPageAsync(url)).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quality_officer_and_care_workers_outside_the_contact_team_read_but_may_not_change_and_another_department_sees_nothing()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        var consent = await App.AddConsentAsync(citizen.Id, withDocument: true);
        var list = $"/borgere/{citizen.Id}/samtykker";
        var edit = $"/borgere/{citizen.Id}/samtykker/{consent.Id}/rediger";
        var document = $"/borgere/{citizen.Id}/samtykker/{consent.Id}/dokument";

        foreach (var user in new[] { DemoUsers.Kvalitet, DemoUsers.Mette })
        {
            using var client = await fixture.SignInAsync(user);
            var page = (await client.GetPageAsync(list)).AssertStatus(HttpStatusCode.OK);
            Assert.Null(page.Document.QuerySelector($"#samtykke-{consent.Id} form"));
            Assert.Null(page.Document.QuerySelector($"a[href='/borgere/{citizen.Id}/samtykker/ny']"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(document)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/borgere/{citizen.Id}/samtykker/ny")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(edit)).StatusCode);

            var before = await App.LastAuditIdAsync();
            var post = await client.PostRawAsync($"{list}?handler=Reviewed", [
                new("consentId", consent.Id.ToString()), new("version", consent.Version.ToString(CultureInfo.InvariantCulture)),
                new("__RequestVerificationToken", await client.TokenAsync()),
            ]);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            Assert.Equal(AuditAction.Denied, Assert.Single(await App.AuditEntriesSinceAsync(before)).Action);
        }

        Assert.Equal(consent.ReviewOn, Assert.Single(await ConsentsOfAsync(App, citizen.Id)).ReviewOn);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        foreach (var url in new[] { list, edit, document, $"/borgere/{citizen.Id}/samtykker/ny" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);
        }
    }
}
