using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.Domain.Deadlines;
using Retning.Domain.Status;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Services.Tasks;

namespace Retning.IntegrationTests.Statusmoeder;

/// <summary>/borgere/{id}/statusmoeder/{meetingId}/referat: the minutes written by the contact team, approved by the department head alone, sent to all (a disclosure) and journalised.</summary>
public sealed class MinutesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string MinutesForm = "form.app-minutes-form";

    private RetningApp App => fixture.App;

    private static string D(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string?> Written = new()
    {
        ["Input.Discussion"] = "1. Velkomst\nAlle præsenterede sig.\n\n2. Status siden sidst\nStatussen blev gennemgået.",
        ["Input.Agreements"] = "Rådgiveren bevilger fortsat ophold.",
        ["Input.NextSteps"] = "Næste statusmøde i september.",
        ["Input.PlanRevision"] = "nej",
        ["Input.ActionPlanRevised"] = "nej",
        ["Input.PurposeRevised"] = "nej",
    };

    private async Task<MinutesDeadline> MinutesTaskAsync(Guid citizenId, Guid meetingId)
    {
        await using var db = App.CreateSystemDbContext();
        var rows = await new TaskLoader(db).ForCitizensAsync([citizenId], App.Today, CancellationToken.None);
        var d = rows.Single(r => r.Deadline.Kind == DeadlineKind.MinutesDue && r.Deadline.SubjectId == meetingId).Deadline;
        return new MinutesDeadline(d.State, d.DoneOn);
    }

    private sealed record MinutesDeadline(DeadlineState State, DateOnly? DoneOn);

    [Fact]
    public async Task The_minutes_go_from_draft_through_the_department_heads_approval_to_sent_and_journalised()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-3));
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        Assert.Equal(DeadlineState.Due, (await MinutesTaskAsync(citizen.Id, meetingId)).State);

        // The template starts from the participants and the agenda's points.
        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains($"Referatet sendes til alle deltagere senest {D(App.Today.AddDays(4))}", form.MainText, StringComparison.Ordinal);
        Assert.Equal($"{citizen.CaseworkerName} (Kommunal rådgiver)\n{citizen.FullName} (Borgeren)", form.FieldValue("Input.Attendance", MinutesForm));
        Assert.StartsWith("1. Velkomst\n\n2. Status siden sidst", form.FieldValue("Input.Discussion", MinutesForm), StringComparison.Ordinal);

        // Sending before approval is refused.
        var early = await mette.PostStepAsync(url, "Send", 0, ("Send.SentOn", Iso(App.Today)), ("Send.Channel", "SecureMail"));
        early.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Referatet kan først sendes til deltagerne, når afdelingslederen har godkendt det.", early.ErrorSummary);

        // Submitting wants every part of the template; what was typed stays.
        var missing = await mette.PostHandlerAsync(form, MinutesForm, "Submit", new Dictionary<string, string?> { ["Input.Discussion"] = "Kun drøftelsen", ["Input.Agreements"] = "" });
        missing.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv de aftaler, mødet nåede frem til (eller at der ikke blev aftalt noget).", missing.FieldError("Input.Agreements"));
        Assert.Equal("Skriv de næste skridt og hvornår det næste statusmøde er.", missing.FieldError("Input.NextSteps"));
        Assert.Equal("Kun drøftelsen", missing.FieldValue("Input.Discussion", MinutesForm));
        var submitted = await mette.PostHandlerAsync(missing, MinutesForm, "Submit", Written);
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal(MinutesState.AwaitingApproval, (await App.MeetingAsync(meetingId)).MinutesState);

        // The department head's task names the day the minutes were handed over, though the meeting changes later.
        await using (var db = App.CreateSystemDbContext())
        {
            var later = (await App.MeetingAsync(meetingId)).UpdatedUtc.AddDays(3);
            await db.StatusMeetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(u => u.SetProperty(m => m.UpdatedUtc, later), TestContext.Current.CancellationToken);
        }

        var task = (await anne.GetDocumentAsync("/opgaver?type=MinutesApproval")).QuerySelectorAll("#opgaver tbody tr")
            .Select(r => r.TextContent).Single(r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains($"sendt {D(App.Today)}", task, StringComparison.Ordinal);

        // Only the department head approves: not the contact team, not the offer head.
        foreach (var notHead in new[] { mette, lars })
        {
            var token = await notHead.TokenAsync();
            var before = await App.LastAuditIdAsync();
            var refused = await notHead.PostStepAsync(token, url, "Approve", 1);
            refused.AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Kun afdelingslederen kan godkende referatet eller sende det tilbage.", refused.ErrorSummary);
            Assert.Null(refused.Document.QuerySelector("#godkend"));
            var denied = Assert.Single(await App.AuditEntriesSinceAsync(before));
            Assert.Equal(AuditAction.Denied, denied.Action);
        }

        Assert.Equal(MinutesState.AwaitingApproval, (await App.MeetingAsync(meetingId)).MinutesState);

        // Sending back needs a reason; with one, the draft returns to the contact team.
        var head = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var noReason = await head.SubmitForPageAsync("#send-tilbage", new Dictionary<string, string?> { ["Return.Reason"] = " " });
        Assert.Equal("Skriv hvorfor referatet sendes tilbage.", noReason.FieldError("Return.Reason"));
        var back = await head.SubmitAsync("#send-tilbage", new Dictionary<string, string?> { ["Return.Reason"] = "Skriv borgerens egne ord under punkt 3." });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var returned = await App.MeetingAsync(meetingId);
        Assert.Equal((MinutesState.Draft, "Skriv borgerens egne ord under punkt 3."), (returned.MinutesState, returned.MinutesReturnedReason));
        var draft = await mette.GetPageAsync(url);
        Assert.Contains("Skriv borgerens egne ord under punkt 3.", draft.Document.QuerySelector("#sendt-tilbage")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rådgiveren bevilger fortsat ophold.", draft.FieldValue("Input.Agreements", MinutesForm));
        Assert.Equal(HttpStatusCode.Redirect, (await mette.PostHandlerAsync(draft, MinutesForm, "Submit")).Status);

        // The department head approves.
        var approving = await anne.GetPageAsync(url);
        var before2 = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await approving.SubmitAsync("#godkend form")).StatusCode);
        var approved = await App.MeetingAsync(meetingId);
        Assert.Equal((MinutesState.Approved, "Anne Thomsen", null), (approved.MinutesState, approved.MinutesApprovedBy, approved.MinutesReturnedReason));
        var approvedAudit = Assert.Single(await App.AuditEntriesSinceAsync(before2));
        Assert.Equal((AuditAction.Update, "Referat: godkendt"), (approvedAudit.Action, approvedAudit.Subject));

        // Approved minutes are read-only; the contact team records the sending.
        var toSend = await mette.GetPageAsync(url);
        Assert.Null(toSend.Document.QuerySelector(MinutesForm));
        Assert.Contains("Rådgiveren bevilger fortsat ophold.", toSend.Document.QuerySelector("#referat-tekst")!.TextContent, StringComparison.Ordinal);
        var write = await mette.PostStepAsync(url, "Save", approved.Version, ("Input.Agreements", "Ændret efter godkendelse"));
        Assert.Contains("Det kan ikke lade sig gøre, når referatet er \"Godkendt\".", write.ErrorSummary);
        Assert.Equal("Rådgiveren bevilger fortsat ophold.", (await App.MeetingAsync(meetingId)).MinutesAgreements);

        var incomplete = await toSend.SubmitForPageAsync("#send form", new Dictionary<string, string?> { ["Send.Channel"] = "SecureMail" });
        Assert.StartsWith("Skriv hvem der er orienteret om afsendelsen", incomplete.FieldError("Send.InformedWhom"), StringComparison.Ordinal);
        Assert.Equal("Angiv om der er søgt samtykke.", incomplete.FieldError("Send.ConsentSought"));
        var before3 = await App.LastAuditIdAsync();
        var sent = await incomplete.SubmitAsync("#send form", new Dictionary<string, string?>
        {
            ["Send.Channel"] = nameof(DisclosureChannel.SecureMail), ["Send.InformedWhom"] = "Borgerens mor", ["Send.ConsentSought"] = "nej",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await App.MeetingAsync(meetingId);
        Assert.Equal((MinutesState.Sent, App.Today), (after.MinutesState, after.MinutesSentOn!.Value));
        await using (var db = App.CreateSystemDbContext())
        {
            var disclosure = await db.Disclosures.SingleAsync(d => d.MeetingId == meetingId);
            Assert.Equal((DisclosureSubject.Minutes, "Mødedeltagerne", DisclosureBasis.NecessaryForMunicipality, DisclosureChannel.SecureMail),
                (disclosure.Subject, disclosure.RecipientName, disclosure.Basis, disclosure.Channel));
            Assert.Equal(("Borgerens mor", App.Today, false, (bool?)null), (disclosure.InformedWhom, disclosure.InformedOn!.Value, disclosure.ConsentSought!.Value, disclosure.ConsentGiven));
            Assert.Contains($"{citizen.CaseworkerName} (Kommunal rådgiver)", disclosure.Note, StringComparison.Ordinal);
            Assert.Contains($"{citizen.FullName} (Borgeren)", disclosure.Note, StringComparison.Ordinal);
            Assert.Equal("Mette Kjær", disclosure.RecordedByName);
        }

        var export = Assert.Single(await App.AuditEntriesSinceAsync(before3));
        Assert.Equal((AuditAction.Export, "Referat sendt til deltagerne", citizen.Id), (export.Action, export.Subject, export.CitizenId!.Value));
        Assert.Equal(new MinutesDeadline(DeadlineState.Done, App.Today), await MinutesTaskAsync(citizen.Id, meetingId));

        // The contact team's task list shows the minutes as done.
        var title = $"Referat sendes senest 7 dage efter statusmødet {D(App.Today.AddDays(-3))}";
        var doneTasks = (await mette.GetPageAsync("/opgaver?vis=udfoerte&type=MinutesDue")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(doneTasks.Document.QuerySelectorAll("#opgaver tbody tr"), r => r.TextContent.Contains(title, StringComparison.Ordinal) && r.TextContent.Contains(citizen.FullName, StringComparison.Ordinal));
        var openTasks = (await mette.GetPageAsync("/opgaver?type=MinutesDue")).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain(openTasks.Document.QuerySelectorAll("#opgaver tbody tr"), r => r.TextContent.Contains(title, StringComparison.Ordinal) && r.TextContent.Contains(citizen.FullName, StringComparison.Ordinal));

        // Journalised, not before it was sent.
        var journal = await mette.GetPageAsync(url);
        var tooEarly = await journal.SubmitForPageAsync("#journaliser form", new Dictionary<string, string?> { ["Journal.JournalisedOn"] = Iso(App.Today.AddDays(-1)) });
        Assert.Equal($"Referatet blev sendt {D(App.Today)}; det journaliseres samme dag eller senere.", tooEarly.FieldError("Journal.JournalisedOn"));
        Assert.Equal(HttpStatusCode.Redirect, (await journal.SubmitAsync("#journaliser form")).StatusCode);
        var done = await App.MeetingAsync(meetingId);
        Assert.Equal((MinutesState.Journalised, App.Today), (done.MinutesState, done.MinutesJournalisedOn!.Value));

        // The print view shows the approved minutes and is audited as a read.
        var before4 = await App.LastAuditIdAsync();
        var print = (await mette.GetPageAsync(url + "/udskriv")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Godkendt af Anne Thomsen", print.MainText, StringComparison.Ordinal);
        Assert.Contains("Rådgiveren bevilger fortsat ophold.", print.MainText, StringComparison.Ordinal);
        var read = Assert.Single(await App.AuditEntriesSinceAsync(before4));
        Assert.Equal((AuditAction.Read, "Referat: udskrift"), (read.Action, read.Subject));
    }

    [Fact]
    public async Task A_draft_saved_over_a_newer_version_shows_both_and_keeps_the_text()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-1));
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var mine = await mette.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url, MinutesForm, new Dictionary<string, string?> { ["Input.Agreements"] = "Annes aftaler" })).StatusCode);

        var conflict = await mine.SubmitForPageAsync(MinutesForm, new Dictionary<string, string?> { ["Input.Agreements"] = "Mettes aftaler" });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.StartsWith("En anden har ændret referatet, mens du arbejdede.", conflict.ErrorSummary.Single(), StringComparison.Ordinal);
        Assert.Equal("Mettes aftaler", conflict.FieldValue("Input.Agreements", MinutesForm));
        Assert.Contains("Annes aftaler", conflict.Document.QuerySelector(".app-conflict-card")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Annes aftaler", (await App.MeetingAsync(meetingId)).MinutesAgreements);
        Assert.Equal(HttpStatusCode.Redirect, (await conflict.SubmitAsync(MinutesForm)).StatusCode);
        Assert.Equal("Mettes aftaler", (await App.MeetingAsync(meetingId)).MinutesAgreements);
    }

    [Fact]
    public async Task A_stale_form_with_an_invalid_field_comes_back_with_the_fields_message_not_an_error()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        var writing = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-1));
        var sent = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-2), m => (m.MinutesState, m.MinutesSentOn) = (MinutesState.Sent, App.Today));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        string Url(Guid meetingId) => $"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat";
        async Task<int> StaleAsync(Guid meetingId) => (await App.MeetingAsync(meetingId)).Version + 7;

        var draft = await mette.PostStepAsync(Url(writing), "Save", await StaleAsync(writing), ("Input.PlanRevision", "ja"));
        var journal = await mette.PostStepAsync(Url(sent), "Journalise", await StaleAsync(sent), ("Journal.JournalisedOn", Iso(App.Today.AddDays(1))));

        Assert.Equal("Skriv, hvad der skal revideres i planen.", draft.AssertStatus(HttpStatusCode.OK).FieldError("Input.PlanRevisionNote"));
        Assert.Equal("Journaliseringen registreres, når den er sket: datoen kan ikke ligge i fremtiden.", journal.AssertStatus(HttpStatusCode.OK).FieldError("Journal.JournalisedOn"));
        Assert.Equal((MinutesState.NotWritten, MinutesState.Sent), ((await App.MeetingAsync(writing)).MinutesState, (await App.MeetingAsync(sent)).MinutesState));
    }

    [Fact]
    public async Task A_meeting_not_yet_held_cannot_have_its_minutes_submitted()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(2));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var page = await mette.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat");

        var refused = await mette.PostHandlerAsync(page, MinutesForm, "Submit", Written);

        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Contains($"Mødet holdes {D(App.Today.AddDays(2))}: referatet kan sendes til godkendelse, når mødet er holdt.", refused.ErrorSummary);
        Assert.Equal("Rådgiveren bevilger fortsat ophold.", refused.FieldValue("Input.Agreements", MinutesForm));
        Assert.Equal(MinutesState.NotWritten, (await App.MeetingAsync(meetingId)).MinutesState);
    }

    [Fact]
    public async Task The_quality_officer_and_a_care_worker_outside_the_contact_team_read_the_minutes_but_change_nothing()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-2), m =>
        {
            m.MinutesState = MinutesState.AwaitingApproval;
            m.MinutesAttendance = "Alle";
            m.MinutesDiscussion = "Drøftet";
            m.MinutesAgreements = "Aftalt";
            m.MinutesNextSteps = "Næste møde";
        });
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat";
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        foreach (var reader in new[] { kvalitet, mette })
        {
            var page = (await reader.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Aftalt", page.Document.QuerySelector("#referat-tekst")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.Document.QuerySelector("main form"));
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url + "/udskriv")).StatusCode);
            foreach (var handler in new[] { "Save", "Approve", "SendBack", "Send", "Journalise" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostStepAsync(url, handler, 0, ("Return.Reason", "x"))).Status);
            }
        }

        Assert.Equal(MinutesState.AwaitingApproval, (await App.MeetingAsync(meetingId)).MinutesState);
    }
}
