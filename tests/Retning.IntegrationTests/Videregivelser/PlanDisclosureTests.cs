using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Samtykker;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;
using Retning.Web.Services.Disclosures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.IntegrationTests.Videregivelser;

/// <summary>
/// /borgere/{id}/videregivelser: the plan goes to the municipality only with a valid consent
/// covering it or on a § 11 a–c request, only the chosen parts, and every disclosure is logged
/// (a row and an Export audit row); the DOCX holds exactly the chosen parts.
/// </summary>
public sealed class PlanDisclosureTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    internal const string Form = "form.app-disclosure-form";
    private RetningApp App => fixture.App;

    private async Task<Guid> ContactTeamCitizenWithPlanAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        return citizen.Id;
    }

    /// <summary>Posts the plan form with the chosen parts (a checkbox list) and the other fields overridden.</summary>
    internal static Task<HttpResponseMessage> PostPlanAsync(BrowserlessClient client, HtmlPage page, IEnumerable<string> parts, IReadOnlyDictionary<string, string?> overrides)
    {
        var fields = page.FormFields(Form).Where(f => f.Key != "Input.PlanParts").ToList();
        foreach (var (name, value) in overrides)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(parts.Select(p => new KeyValuePair<string, string>("Input.PlanParts", p)));
        return client.PostRawAsync(page.Url, fields);
    }

    internal static Dictionary<string, string?> Sending(DisclosureBasis? basis, Guid? consentId = null) => new()
    {
        ["Input.Channel"] = nameof(DisclosureChannel.SecureMail),
        ["Input.Basis"] = basis?.ToString(),
        ["Input.ConsentId"] = consentId?.ToString() ?? "",
        ["Input.Note"] = "Kommunen bad om mål og metoder før mødet",
    };

    [Fact]
    public async Task Without_a_consent_or_a_request_the_plan_is_blocked_with_the_reason_at_the_field_and_nothing_is_recorded()
    {
        var citizenId = await ContactTeamCitizenWithPlanAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/videregivelser/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(form.Document.QuerySelector(".app-consent-missing"));
        var citizen = await App.CitizenByIdAsync(citizenId);
        Assert.Equal(citizen.CaseworkerName ?? "", form.FieldValue("Input.RecipientName", Form));
        Assert.Equal(citizen.Municipality ?? "", form.FieldValue("Input.RecipientOrganisation", Form));
        var before = await App.LastAuditIdAsync();

        var noBasis = await mette.ReadPageAsync(form.Url, await PostPlanAsync(mette, form, [], Sending(null)));
        noBasis.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg grundlaget for videregivelsen.", noBasis.FieldError("Input.Basis"));
        Assert.Equal("Vælg de dele af planen, der er nødvendige for modtageren.", noBasis.FieldError("Input.PlanParts"));
        Assert.Equal("Kommunen bad om mål og metoder før mødet", noBasis.FieldValue("Input.Note", Form));

        var noConsent = await mette.ReadPageAsync(form.Url, await PostPlanAsync(mette, form, ["maal"], Sending(DisclosureBasis.Consent)));
        Assert.Equal("Vælg det samtykke, videregivelsen bygger på.", noConsent.FieldError("Input.ConsentId"));
        Assert.Equal(PlanParts.Goals, Assert.Single(noConsent.Form(Form).QuerySelectorAll("input[name='Input.PlanParts'][checked]")).GetAttribute("value"));

        // The "necessary for the municipality" basis is for statuses; posted by hand it is refused too.
        var necessary = await mette.ReadPageAsync(form.Url, await PostPlanAsync(mette, form, ["maal"], Sending(DisclosureBasis.NecessaryForMunicipality)));
        Assert.StartsWith("Den individuelle plan må kun videregives med samtykke", necessary.FieldError("Input.Basis"), StringComparison.Ordinal);

        Assert.Empty(await App.DisclosuresOfAsync(citizenId));
        var audit = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((AuditAction.Read, "Videregivelse: individuel plan (afvist)"), (a.Action, a.Subject)));
    }

    [Fact]
    public async Task With_a_valid_consent_the_chosen_parts_are_recorded_logged_and_offered_as_a_DOCX_with_only_those_parts()
    {
        var citizenId = await ContactTeamCitizenWithPlanAsync(1);
        var texts = await App.AddPlanContentAsync(citizenId);
        var consent = await App.AddConsentAsync(citizenId);
        var citizen = await App.CitizenByIdAsync(citizenId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizenId}/videregivelser/plan");
        Assert.Null(form.Document.QuerySelector(".app-consent-missing"));
        Assert.Equal(nameof(DisclosureBasis.Consent), form.FieldValue("Input.Basis", Form));
        Assert.Equal(consent.Id.ToString(), form.FieldValue("Input.ConsentId", Form));
        var before = await App.LastAuditIdAsync();

        var response = await PostPlanAsync(mette, form, [PlanParts.Methods, PlanParts.Goals], Sending(DisclosureBasis.Consent, consent.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var disclosure = Assert.Single(await App.DisclosuresOfAsync(citizenId));
        Assert.Equal($"/borgere/{citizenId}/videregivelser?ny={disclosure.Id}", response.RedirectPathAndQuery()!.Split('#')[0]);
        Assert.Equal((DisclosureSubject.Plan, "maal,metoder", DisclosureBasis.Consent, consent.Id), (disclosure.Subject, disclosure.PlanParts, disclosure.Basis, disclosure.ConsentId));
        Assert.Equal((App.Today, DisclosureChannel.SecureMail, citizen.CaseworkerName), (disclosure.SentOn, disclosure.Channel, disclosure.RecipientName));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, "Videregivelse: individuel plan"), (audit.Action, audit.Subject));
        Assert.Contains("dele=maal,metoder", audit.Detail, StringComparison.Ordinal);
        Assert.Contains($"grundlag=Consent; samtykke={consent.Id}", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunen bad", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CaseworkerName!, audit.Detail, StringComparison.Ordinal);

        var log = (await mette.GetPageAsync(response.RedirectPathAndQuery()!)).AssertStatus(HttpStatusCode.OK);
        var row = log.Document.QuerySelector($"#videregivelse-{disclosure.Id}")!;
        Assert.Contains("Individuel plan: Mål og delmål, Faglige tilgange og metoder", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Samtykke givet {consent.GivenOn:dd-MM-yyyy} af Hanne Testmor", row.TextContent, StringComparison.Ordinal);
        var docxUrl = log.Document.QuerySelector(".app-disclosure-docx a")!.GetAttribute("href")!;
        var beforeDocx = await App.LastAuditIdAsync();

        var docx = await mette.GetAsync(docxUrl);

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Empty(ValidationErrors(bytes));
        var (body, headers) = Texts(bytes);
        foreach (var present in new[] { texts.Goal, texts.SubGoal, texts.Method, "Rolig stemme og få krav", "Mål og delmål", "Faglige tilgange og metoder" })
        {
            Assert.Contains(present, body, StringComparison.Ordinal);
        }

        foreach (var absent in new[] { texts.Purpose, texts.Assessment, texts.Compass, texts.Dpu, "Autonomt kompas", "Udredning" })
        {
            Assert.DoesNotContain(absent, body, StringComparison.Ordinal);
        }

        Assert.Contains($"{citizen.FullName} · Individuel plan (udvalgte dele) · {App.Today:dd-MM-yyyy}", headers, StringComparison.Ordinal);
        Assert.Contains(citizen.MaskedCpr, body, StringComparison.Ordinal);
        Assert.Contains($"Samtykke givet {consent.GivenOn:dd-MM-yyyy} af Hanne Testmor (forældremyndighedsindehaver)", body, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CprDigits, body, StringComparison.Ordinal);
        var export = Assert.Single(await App.AuditEntriesSinceAsync(beforeDocx));
        Assert.Equal((AuditAction.Export, $"videregivelse={disclosure.Id}; dele=maal,metoder"), (export.Action, export.Detail));
    }

    [Fact]
    public async Task On_the_municipalitys_paragraph_11_request_the_plan_goes_with_the_request_recorded()
    {
        var citizenId = await ContactTeamCitizenWithPlanAsync(2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = await anne.GetPageAsync($"/borgere/{citizenId}/videregivelser/plan");

        var missing = await anne.ReadPageAsync(form.Url, await PostPlanAsync(anne, form, [PlanParts.Assessment], Sending(DisclosureBasis.MunicipalRequest)));
        Assert.Equal("Vælg bestemmelsen: retssikkerhedsloven § 11 a, b eller c.", missing.FieldError("Input.RequestParagraph"));
        Assert.Equal("Skriv datoen for kommunens anmodning.", missing.FieldError("Input.RequestOn"));
        Assert.Equal("Skriv kommunens sagsnummer eller henvisning til anmodningen.", missing.FieldError("Input.RequestReference"));
        Assert.Empty(await App.DisclosuresOfAsync(citizenId));
        var before = await App.LastAuditIdAsync();

        var response = await PostPlanAsync(anne, form, [PlanParts.Assessment], new Dictionary<string, string?>(Sending(DisclosureBasis.MunicipalRequest))
        {
            ["Input.RequestParagraph"] = "11 b",
            ["Input.RequestOn"] = App.Today.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.RequestReference"] = "27.12.00-A00-1-26",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var disclosure = Assert.Single(await App.DisclosuresOfAsync(citizenId));
        Assert.Equal((DisclosureBasis.MunicipalRequest, "11 b", App.Today.AddDays(-5), "27.12.00-A00-1-26", (Guid?)null),
            (disclosure.Basis, disclosure.RequestParagraph, disclosure.RequestOn, disclosure.RequestReference, disclosure.ConsentId));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Export, audit.Action);
        Assert.Contains("grundlag=MunicipalRequest; § 11 b", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("27.12.00", audit.Detail, StringComparison.Ordinal);
        var log = await anne.GetPageAsync($"/borgere/{citizenId}/videregivelser");
        Assert.Contains($"retssikkerhedsloven § 11 b ({App.Today.AddDays(-5):dd-MM-yyyy}, ref. 27.12.00-A00-1-26)", log.Document.QuerySelector($"#videregivelse-{disclosure.Id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_consent_or_one_for_something_else_blocks_but_a_sending_before_the_withdrawal_may_be_recorded()
    {
        var citizenId = await ContactTeamCitizenWithPlanAsync(3);
        var withdrawn = await App.AddConsentAsync(citizenId, c => c.WithdrawnOn = App.Today.AddDays(-1));
        var other = await App.AddConsentAsync(citizenId, c => c.Scope = ConsentScope.ObtainInformation);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizenId}/videregivelser/plan");
        Assert.NotNull(form.Document.QuerySelector(".app-consent-missing"));
        Assert.Contains("(tilbagekaldt)", form.Document.QuerySelector("#Input_ConsentId")!.TextContent, StringComparison.Ordinal);

        var blocked = await mette.ReadPageAsync(form.Url, await PostPlanAsync(mette, form, ["maal"], Sending(DisclosureBasis.Consent, withdrawn.Id)));
        Assert.Equal($"Samtykket var ikke gyldigt {App.Today:dd-MM-yyyy} (udløbet, tilbagekaldt eller endnu ikke begyndt).", blocked.FieldError("Input.ConsentId"));
        var notCovering = await mette.ReadPageAsync(form.Url, await PostPlanAsync(mette, form, ["maal"], Sending(DisclosureBasis.Consent, other.Id)));
        Assert.Equal("Samtykket dækker ikke videregivelse af den individuelle plan.", notCovering.FieldError("Input.ConsentId"));
        Assert.Empty(await App.DisclosuresOfAsync(citizenId));

        // Sent two days ago, the day before the withdrawal: the consent covered it then.
        var earlier = await PostPlanAsync(mette, form, ["maal"], new Dictionary<string, string?>(Sending(DisclosureBasis.Consent, withdrawn.Id))
        {
            ["Input.SentOn"] = App.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, earlier.StatusCode);
        Assert.Equal(App.Today.AddDays(-2), Assert.Single(await App.DisclosuresOfAsync(citizenId)).SentOn);
    }

    [Fact]
    public async Task Department_staff_read_the_log_newest_first_only_the_contact_team_and_leaders_disclose_and_another_department_sees_nothing()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        var (_, planDisclosureId) = await App.ConsentAndPlanDisclosureAsync(citizen.Id);
        var status = await App.AddDisclosureAsync(citizen.Id, d =>
        {
            d.Subject = DisclosureSubject.Status;
            d.PlanParts = null;
            d.SentOn = App.Today.AddDays(-10);
            d.Basis = DisclosureBasis.NecessaryForMunicipality;
            d.RequestParagraph = null;
            d.RequestOn = null;
            d.RequestReference = null;
            d.StatusRevisionNumber = 2;
            d.InformedWhom = "Borgeren";
            d.InformedOn = App.Today.AddDays(-11);
            d.ConsentSought = true;
            d.ConsentGiven = false;
        });
        var log = $"/borgere/{citizen.Id}/videregivelser";
        var planDocx = $"{log}/{planDisclosureId}/plan.docx";

        foreach (var user in new[] { DemoUsers.Kvalitet, DemoUsers.Mette })
        {
            using var client = await fixture.SignInAsync(user);
            var page = (await client.GetPageAsync(log)).AssertStatus(HttpStatusCode.OK);
            var rows = page.Document.QuerySelectorAll("#videregivelser tbody tr").Select(r => r.Id).ToList();
            Assert.Equal([$"videregivelse-{planDisclosureId}", $"videregivelse-{status.Id}"], rows);
            Assert.Contains("Samtykke søgt: ja, givet: nej", page.Document.QuerySelector($"#videregivelse-{status.Id}")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.Document.QuerySelector($"a[href='{log}/plan']"));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{log}/plan")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(planDocx)).StatusCode);
        }

        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync(planDocx)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"{log}/{status.Id}/plan.docx")).StatusCode);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        foreach (var url in new[] { log, $"{log}/plan", planDocx })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_recorder_adds_a_valid_disclosure_without_saving_and_refuses_one_that_breaks_the_rules()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 4, inContactTeam: DemoUsers.Mette);
        var me = new CurrentUser();
        me.Set(await App.UserIdAsync(DemoUsers.Mette), DemoUsers.Mette, "Mette Test", false, [], [], []);
        var status = new DisclosureRequest
        {
            Subject = DisclosureSubject.Status, StatusApproved = true, RecipientName = " Sagsbehandler ", SentOn = App.Today,
            Channel = DisclosureChannel.DigitalPost, Basis = DisclosureBasis.NecessaryForMunicipality,
            InformedWhom = "Borgeren", InformedOn = App.Today, ConsentSought = false, ConsentGiven = true, Note = "Fri tekst",
        };
        var db = App.CreateSystemDbContext();
        await using (db)
        {
            var recorder = new DisclosureRecorder(db);
            Assert.Empty(recorder.Validate(status, [], App.Today));

            var disclosure = recorder.Record(citizen.Id, status, statusReportId: null, revision: 3, meetingId: null, me, App.Clock.GetUtcNow().UtcDateTime);

            Assert.Empty(await App.DisclosuresOfAsync(citizen.Id)); // added, not saved
            Assert.Equal(("Sagsbehandler", (bool?)null, 3, "Mette Test"), (disclosure.RecipientName, disclosure.ConsentGiven, disclosure.StatusRevisionNumber, disclosure.RecordedByName));
            Assert.DoesNotContain("Fri tekst", DisclosureRecorder.AuditDetail(disclosure), StringComparison.Ordinal);
            Assert.Equal($"videregivelse={disclosure.Id}; emne=Status; grundlag=NecessaryForMunicipality; kanal=DigitalPost", DisclosureRecorder.AuditDetail(disclosure));

            var unapproved = status with { StatusApproved = false };
            Assert.Throws<InvalidOperationException>(() => recorder.Record(citizen.Id, unapproved, null, 3, null, me, App.Clock.GetUtcNow().UtcDateTime));
            var planWithoutBasis = new DisclosureRequest
            {
                Subject = DisclosureSubject.Plan, PlanParts = ["maal"], RecipientName = "x", SentOn = App.Today, Channel = DisclosureChannel.Letter,
                Basis = DisclosureBasis.NecessaryForMunicipality,
            };
            Assert.Throws<InvalidOperationException>(() => recorder.Record(citizen.Id, planWithoutBasis, null, null, null, me, App.Clock.GetUtcNow().UtcDateTime));
            Assert.Single(db.ChangeTracker.Entries<Disclosure>());
        }
    }

    private static List<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    internal static (string Body, string Headers) Texts(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        var main = document.MainDocumentPart!;
        static string Of(OpenXmlElement? root) => root is null ? "" : string.Join("\n", root.Descendants<W.Paragraph>().Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))));
        return (Of(main.Document!.Body), string.Join("\n", main.HeaderParts.Select(h => Of(h.Header))));
    }
}
