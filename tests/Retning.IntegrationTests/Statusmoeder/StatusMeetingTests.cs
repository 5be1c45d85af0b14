using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Status;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Statusmoeder;

/// <summary>/borgere/{id}/statusmoeder: planning and changing status meetings, their send deadline, and who may do what.</summary>
public sealed class StatusMeetingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string D(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_contact_team_member_plans_a_meeting_with_the_usual_participants_prefilled()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        await using (var db = App.CreateSystemDbContext())
        {
            citizen = await db.Citizens.AsNoTracking().Include(c => c.Representatives).SingleAsync(c => c.Id == citizen.Id);
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var list = (await mette.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Der er ikke planlagt statusmøder endnu.", list.MainText, StringComparison.Ordinal);
        Assert.Contains("Næste statusmøde skal holdes senest", list.Document.QuerySelector("#kadence")!.TextContent, StringComparison.Ordinal);

        var form = (await mette.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/ny")).AssertStatus(HttpStatusCode.OK);
        var rows = Enumerable.Range(0, 20).Select(i => (Role: form.FieldValue($"Input.Participants[{i}].Role"), Name: form.FieldValue($"Input.Participants[{i}].Name")))
            .TakeWhile(r => r.Role is not null).Where(r => !string.IsNullOrEmpty(r.Name)).ToList();
        Assert.Equal((nameof(ParticipantRole.Caseworker), citizen.CaseworkerName), rows[0]);
        Assert.Equal((nameof(ParticipantRole.Citizen), citizen.FullName), rows[1]);
        var family = citizen.Representatives.Where(r => r.Kind is RepresentativeKind.CustodyHolder or RepresentativeKind.Guardian).Select(r => r.Name).ToList();
        Assert.All(family, name => Assert.Contains(rows, r => r.Name == name));
        Assert.DoesNotContain(rows, r => citizen.Representatives.Any(p => p.Kind == RepresentativeKind.Relative && p.Name == r.Name));
        Assert.Contains((nameof(ParticipantRole.Staff), "Mette Kjær"), rows);
        Assert.StartsWith("1. Velkomst og præsentation", form.FieldValue("Input.Agenda"), StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        var on = App.Today.AddDays(30);
        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.On"] = Iso(on), ["Input.At"] = "13.30", ["Input.Place"] = "Mågen, mødelokalet",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = App.CreateSystemDbContext();
        var meeting = await check.StatusMeetings.Include(m => m.Participants).SingleAsync(m => m.CitizenId == citizen.Id);
        Assert.Equal($"/borgere/{citizen.Id}/statusmoeder/{meeting.Id}", response.RedirectPath());
        Assert.Equal((on, new TimeOnly(13, 30), rows.Count), (meeting.On, meeting.At!.Value, meeting.Participants.Count));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Statusmøde: planlagt", citizen.Id), (audit.Action, audit.Subject, audit.CitizenId!.Value));

        var page = (await mette.GetPageAsync(response.RedirectPath()!)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains($"Skal sendes senest {D(on.AddDays(-14))} (14 dage før mødet).", page.Document.QuerySelector("#frister")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#advarsler"));
        var row = (await mette.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder")).Document.QuerySelector("#statusmoeder tbody")!.TextContent;
        Assert.Contains($"{D(on)} kl. 13:30", row, StringComparison.Ordinal);
        Assert.Contains($"Ikke sendt, frist {D(on.AddDays(-14))}", System.Text.RegularExpressions.Regex.Replace(row, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_at_the_fields_and_keeps_what_was_typed()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/ny");
        var overrides = new Dictionary<string, string?>
        {
            ["Input.On"] = "", ["Input.At"] = "25:99", ["Input.Place"] = "Kommunens mødelokale 3", ["Input.Agenda"] = "1. Vigtig dagsorden, der ikke må gå tabt",
            // The last (empty) row gets a name but no role.
        };
        for (var i = 0; i < 20 && form.FieldValue($"Input.Participants[{i}].Role") is not null; i++)
        {
            if (string.IsNullOrEmpty(form.FieldValue($"Input.Participants[{i}].Name")))
            {
                overrides[$"Input.Participants[{i}].Name"] = "Ny deltager uden rolle";
                overrides[$"Input.Participants[{i}].Role"] = "";
                break;
            }
        }

        var page = await form.SubmitForPageAsync(overrides: overrides);

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv mødets dato.", page.FieldError("Input.On"));
        Assert.Equal("Skriv klokkeslættet som timer og minutter, fx 13:30.", page.FieldError("Input.At"));
        Assert.Contains("Vælg deltagerens rolle.", page.ErrorSummary);
        Assert.Equal("Kommunens mødelokale 3", page.FieldValue("Input.Place"));
        Assert.Equal("1. Vigtig dagsorden, der ikke må gå tabt", page.FieldValue("Input.Agenda"));
        Assert.Equal("25:99", page.FieldValue("Input.At"));

        // Every participant taken off: at least one is needed.
        var removeAll = new Dictionary<string, string?> { ["Input.On"] = Iso(App.Today.AddDays(20)) };
        for (var i = 0; i < 20 && page.FieldValue($"Input.Participants[{i}].Role") is not null; i++)
        {
            removeAll[$"Input.Participants[{i}].Remove"] = "true";
        }

        var none = await page.SubmitForPageAsync(overrides: removeAll);
        Assert.Contains("Skriv mindst én deltager, fx kommunens rådgiver.", none.ErrorSummary);
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.StatusMeetings.AnyAsync(m => m.CitizenId == citizen.Id));
    }

    [Fact]
    public async Task Saving_over_a_newer_version_shows_a_conflict_and_loses_nothing()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var mine = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);

        var theirs = await anne.PostFormAsync(url, overrides: new Dictionary<string, string?> { ["Input.Place"] = "Rådhuset, lokale 2" });
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        var before = await App.LastAuditIdAsync();

        var conflict = await mine.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Place"] = "Mågen, stuen", ["Input.Agenda"] = "1. Min nye dagsorden",
        });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En anden har gemt ændringer i mødet, mens du redigerede. Intet er overskrevet.", conflict.ErrorSummary.Single(), StringComparison.Ordinal);
        Assert.Equal("Mågen, stuen", conflict.FieldValue("Input.Place"));
        Assert.Equal("1. Min nye dagsorden", conflict.FieldValue("Input.Agenda"));
        Assert.Contains("Rådhuset, lokale 2", conflict.Document.QuerySelector(".app-conflict-card")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rådhuset, lokale 2", (await App.MeetingAsync(meetingId)).Place);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, "Statusmøde: konflikt"), (audit.Action, audit.Subject));

        // Saving again is a deliberate choice: now it goes through, participants and all.
        var again = await conflict.SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await App.MeetingAsync(meetingId);
        Assert.Equal(("Mågen, stuen", "1. Min nye dagsorden", 2), (saved.Place, saved.Agenda, saved.Participants.Count));
    }

    [Fact]
    public async Task Participants_are_added_and_removed_on_the_meeting_page()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var page = await mette.GetPageAsync(url);

        // "Tilføj deltager" gives another empty row and keeps what was typed.
        var more = await mette.PostHandlerAsync(page, BrowserlessClient.MainForm, "AddRow", new Dictionary<string, string?>
        {
            ["Input.Participants[2].Role"] = nameof(ParticipantRole.Relative), ["Input.Participants[2].Name"] = "Morfar Jens", ["Input.Place"] = "Haven",
        });
        more.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Morfar Jens", more.FieldValue("Input.Participants[2].Name"));
        Assert.Equal("", more.FieldValue("Input.Participants[3].Name"));
        Assert.Equal("Haven", more.FieldValue("Input.Place"));

        var saved = await more.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Participants[3].Role"] = nameof(ParticipantRole.Other), ["Input.Participants[3].Name"] = "Psykolog Sara", ["Input.Participants[3].Contact"] = "sara@example.dk",
            ["Input.Participants[1].Remove"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var meeting = await App.MeetingAsync(meetingId);
        Assert.Equal(["Caseworker", "Relative", "Other"], meeting.Participants.OrderBy(p => p.Role).Select(p => p.Role.ToString()));
        Assert.Equal("sara@example.dk", meeting.Participants.Single(p => p.Role == ParticipantRole.Other).Contact);
        Assert.Equal(1, meeting.Version);
    }

    [Fact]
    public async Task The_send_deadline_warns_once_it_has_passed_without_the_status_being_sent()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 4, inContactTeam: DemoUsers.Mette);
        var passed = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(13));        // send by yesterday
        var today = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(14));         // send by today: not yet late
        var sent = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(10), m => m.StatusSentOn = App.Today.AddDays(-5));
        var cancelled = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(5), m => m.CancelledOn = App.Today.AddDays(-1));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var late = (await anne.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/{passed}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains($"Fristen for at sende status og dagsorden til rådgiveren var {D(App.Today.AddDays(-1))} (14 dage før mødet). Den er overskredet.",
            late.Document.QuerySelector("#advarsler")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fristen er overskredet, og statussen er ikke registreret som sendt.", late.Document.QuerySelector("#frister")!.TextContent, StringComparison.Ordinal);
        foreach (var fine in new[] { today, sent, cancelled })
        {
            var page = (await anne.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/{fine}")).AssertStatus(HttpStatusCode.OK);
            Assert.Null(page.Document.QuerySelector("#advarsler"));
        }

        var list = await anne.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder");
        var rows = list.Document.QuerySelectorAll("#statusmoeder tbody").Select(r => r.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(D(App.Today.AddDays(14)), rows[0], StringComparison.Ordinal); // newest first
        Assert.Contains("(overskredet)", rows[1], StringComparison.Ordinal);
        Assert.Contains("Fristen for at sende status og dagsorden til rådgiveren var", rows[1], StringComparison.Ordinal); // the warning row under the meeting
        Assert.DoesNotContain("Fristen for at sende", rows[0], StringComparison.Ordinal);
        Assert.Contains($"Sendt {D(App.Today.AddDays(-5))}", rows[2], StringComparison.Ordinal);
        Assert.Contains($"Aflyst {D(App.Today.AddDays(-1))}", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_is_cancelled_with_a_date_and_then_reads_as_cancelled()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 5, inContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(3));
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var future = await mette.PostFormForPageAsync(url, "#aflysning form", new Dictionary<string, string?> { ["Cancel.CancelledOn"] = Iso(App.Today.AddDays(1)) });
        Assert.Equal("Aflysningen registreres, når den er sket: datoen kan ikke ligge i fremtiden.", future.FieldError("Cancel.CancelledOn"));

        var response = await mette.PostFormAsync(url, "#aflysning form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(App.Today, (await App.MeetingAsync(meetingId)).CancelledOn);
        var page = await mette.GetPageAsync(url);
        Assert.Contains($"Aflyst {D(App.Today)}", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form.app-meeting-form"));
        Assert.Null(page.Document.QuerySelector("#advarsler"));
    }

    [Fact]
    public async Task Staff_of_the_department_and_the_quality_officer_read_only_the_contact_team_and_leaders_plan_another_department_sees_nothing()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/statusmoeder/{meetingId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        foreach (var reader in new[] { mette, kvalitet })
        {
            var list = (await reader.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder")).AssertStatus(HttpStatusCode.OK);
            Assert.Null(list.Document.QuerySelector($"a[href='/borgere/{citizen.Id}/statusmoeder/ny']"));
            var page = (await reader.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            Assert.Null(page.Document.QuerySelector("main form"));
            Assert.Contains("Mågen, mødelokalet", page.Document.QuerySelector("#moedet")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/borgere/{citizen.Id}/statusmoeder/ny")).StatusCode);
            var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await reader.PostRawAsync(url, [new("__RequestVerificationToken", token), new("Input.On", Iso(App.Today)), new("Input.Place", "Hack")]);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal("Mågen, mødelokalet", (await App.MeetingAsync(meetingId)).Place);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/statusmoeder")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url + "/referat")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync($"/borgere/{citizen.Id}/statusmoeder/ny")).StatusCode);
        Assert.NotNull((await lars.GetPageAsync(url)).Document.QuerySelector("main form.app-meeting-form"));

        // A meeting id of another citizen does not exist under this citizen.
        var other = await App.NthCitizenAsync(DemoUsers.Maagen, 1, notInContactTeam: DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/borgere/{other.Id}/statusmoeder/{meetingId}")).StatusCode);
    }
}
