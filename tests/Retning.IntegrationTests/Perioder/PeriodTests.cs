using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Documents.Plans;

namespace Retning.IntegrationTests.Perioder;

/// <summary>
/// /borgere/{id}/plan/perioder: closing a period freezes the plan as a snapshot and opens the next
/// one; the snapshot never changes afterwards; one audit row per response; scoping and rights.
/// </summary>
public sealed class PeriodTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string List(Guid citizenId) => $"/borgere/{citizenId}/plan/perioder";

    private static readonly Dictionary<string, string?> Confirmed = new() { ["Reviewed"] = "true" };

    [Fact]
    public async Task Closing_a_period_stores_the_snapshot_and_opens_the_next_with_one_Update_audit_row()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, today.AddDays(-40));
        await App.SetAssessmentAsync(plan.Id, "skole", "Går i skole hver dag og kan lide matematik.");
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync(overrides: Confirmed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(List(citizen.Id), response.RedirectPath());
        var periods = await App.PeriodsAsync(plan.Id);
        Assert.Equal([1, 2], periods.Select(p => p.Number));
        var closed = periods[0];
        Assert.Equal(today, closed.ClosedOn);
        Assert.Equal(today.AddDays(-40), closed.StartedOn);
        Assert.Equal(await App.FullNameAsync(DemoUsers.Anne), closed.ClosedByName);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, closed.ClosedUtc);
        var document = JsonSerializer.Deserialize<PlanDocument>(closed.SnapshotJson!)!;
        Assert.Equal(citizen.FullName, document.CitizenName);
        Assert.Equal(TemplateKind.Ics, document.TemplateKind);
        Assert.Equal(1, document.TemplateVersionNumber);
        Assert.Equal("Går i skole hver dag og kan lide matematik.", document.Themes.Single(t => t.Key == "skole").Resources);
        Assert.True(periods[1].IsOpen);
        Assert.Equal(today, periods[1].StartedOn);
        Assert.Null(periods[1].SnapshotJson);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Equal("Plan: periode lukket", row.Subject);
        Assert.Equal(citizen.Id, row.CitizenId);
        Assert.Equal(DemoUsers.Anne, row.UserName);
        Assert.Equal(closed.ClosedUtc, row.AtUtc);

        // The list shows both periods, newest first, with links to the frozen one.
        var list = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        var rows = list.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Periode 2", rows[0], StringComparison.Ordinal);
        Assert.Contains("Åben", rows[0], StringComparison.Ordinal);
        Assert.Contains("Periode 1", rows[1], StringComparison.Ordinal);
        Assert.Contains(closed.ClosedByName!, rows[1], StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector($"a[href='/borgere/{citizen.Id}/plan/perioder/1']"));
        Assert.NotNull(list.Document.QuerySelector($"a[href='/borgere/{citizen.Id}/plan/perioder/1/udskriv']"));
    }

    [Fact]
    public async Task A_later_edit_of_the_plan_does_not_change_the_closed_periods_snapshot()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, today.AddMonths(-6));
        await App.SetAssessmentAsync(plan.Id, "sundhed", "Sover godt\nog spiser morgenmad.");
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(List(citizen.Id), overrides: Confirmed)).StatusCode);
        // Follow the redirect, as a browser does (it shows the one-time success message).
        Assert.Contains("Periode 1 er lukket og fastfrosset.", (await anne.GetPageAsync(List(citizen.Id))).MainText, StringComparison.Ordinal);
        var snapshotUrl = $"{List(citizen.Id)}/1";

        var frozen = (await anne.GetPageAsync(snapshotUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains($"Lukket periode 1 – fastfrosset {today:dd-MM-yyyy}", frozen.MainText, StringComparison.Ordinal);
        Assert.Contains("ICS – børn og unge, version 1", frozen.MainText, StringComparison.Ordinal);
        Assert.Contains("Sover godt\nog spiser morgenmad.", frozen.MainText, StringComparison.Ordinal);
        var storedBefore = (await App.PeriodsAsync(plan.Id))[0].SnapshotJson;

        // The live plan moves on.
        await App.SetAssessmentAsync(plan.Id, "sundhed", "Sover dårligt efter flytningen.");

        var again = (await anne.GetPageAsync(snapshotUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(frozen.Document.QuerySelector("main")!.InnerHtml, again.Document.QuerySelector("main")!.InnerHtml);
        Assert.DoesNotContain("Sover dårligt", again.Html, StringComparison.Ordinal);
        Assert.Equal(storedBefore, (await App.PeriodsAsync(plan.Id))[0].SnapshotJson);

        // The print view shows the same frozen plan, without the application's navigation.
        var print = (await anne.GetPageAsync(snapshotUrl + "/udskriv")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Sover godt\nog spiser morgenmad.", print.MainText, StringComparison.Ordinal);
        Assert.Contains($"Lukket periode 1 – fastfrosset {today:dd-MM-yyyy}", print.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sover dårligt", print.Html, StringComparison.Ordinal);
        Assert.Null(print.Document.QuerySelector("nav[aria-label='Hovedmenu']"));
    }

    [Fact]
    public async Task The_data_layer_refuses_to_modify_or_delete_a_closed_period()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-10));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(List(citizen.Id), overrides: Confirmed)).StatusCode);
        var original = (await App.PeriodsAsync(plan.Id))[0];

        await using (var db = App.CreateSystemDbContext())
        {
            var period = await db.PlanPeriods.SingleAsync(p => p.PlanId == plan.Id && p.Number == 1);
            period.SnapshotJson = "{}";
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("immutable", ex.Message, StringComparison.Ordinal);
        }

        await using (var db = App.CreateSystemDbContext())
        {
            var period = await db.PlanPeriods.SingleAsync(p => p.PlanId == plan.Id && p.Number == 1);
            period.ClosedOn = null;
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = App.CreateSystemDbContext())
        {
            db.PlanPeriods.Remove(await db.PlanPeriods.SingleAsync(p => p.PlanId == plan.Id && p.Number == 1));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var stored = (await App.PeriodsAsync(plan.Id))[0];
        Assert.Equal(original.SnapshotJson, stored.SnapshotJson);
        Assert.Equal(original.ClosedOn, stored.ClosedOn);
    }

    [Fact]
    public async Task Closing_twice_on_the_same_day_is_refused_with_a_Danish_message()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, today.AddDays(-30));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        // Both open the page while period 1 is open; Anne closes it first.
        var annesPage = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        var larsPage = (await lars.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await annesPage.SubmitAsync(overrides: Confirmed)).StatusCode);
        var snapshot = (await App.PeriodsAsync(plan.Id))[0].SnapshotJson;
        var before = await App.LastAuditIdAsync();

        // Lars' stale form now meets period 2, which started today.
        var refused = (await larsPage.SubmitForPageAsync(overrides: Confirmed)).AssertStatus(HttpStatusCode.OK);
        var message = $"Periode 2 er startet {today:dd-MM-yyyy} og kan ikke lukkes samme dag. Luk den tidligst i morgen.";
        Assert.Equal([message], refused.ErrorSummary);
        Assert.Equal(message, refused.FieldError("Reviewed"));

        // A fresh page offers no closing today, and a hand-made post is refused the same way.
        var fresh = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Null(fresh.Document.QuerySelector(BrowserlessClient.MainForm));
        Assert.Equal("Periode 2 er startet i dag og kan lukkes tidligst i morgen.", fresh.Document.QuerySelector("#lukning-tidligst")!.TextContent);
        var token = fresh.FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        var again = await anne.ReadPageAsync(List(citizen.Id), await anne.PostRawAsync(List(citizen.Id), [token, new("Reviewed", "true")]));
        again.AssertStatus(HttpStatusCode.OK);
        Assert.Equal([message], again.ErrorSummary);

        var periods = await App.PeriodsAsync(plan.Id);
        Assert.Equal([1, 2], periods.Select(p => p.Number));
        Assert.True(periods[1].IsOpen);
        Assert.Equal(snapshot, periods[0].SnapshotJson);
        // Lars' refused post, Anne's GET and her refused post: reads only, one each.
        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.Read, AuditAction.Read, AuditAction.Read], rows.Select(r => r.Action));
        Assert.Equal([DemoUsers.Lars, DemoUsers.Anne, DemoUsers.Anne], rows.Select(r => r.UserName));
    }

    [Fact]
    public async Task Closing_without_confirming_the_review_asks_for_it_and_closes_nothing()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = await anne.PostFormForPageAsync(List(citizen.Id), overrides: new Dictionary<string, string?> { ["Reviewed"] = null });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Bekræft, at du har gennemgået planen, før perioden lukkes.", page.FieldError("Reviewed"));
        Assert.Single(await App.PeriodsAsync(plan.Id));
        Assert.True((await App.PeriodsAsync(plan.Id))[0].IsOpen);
    }

    [Fact]
    public async Task A_care_worker_outside_the_contact_team_reads_the_list_but_gets_403_on_closing()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var before = await App.LastAuditIdAsync();
        var page = (await mette.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Periode 1", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(BrowserlessClient.MainForm));
        var read = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, "Plan: perioder"), (read.Action, read.Subject));

        // A hand-made post (with a valid antiforgery token from the page) is refused and audited as a denial.
        var token = page.FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        before = await App.LastAuditIdAsync();
        var response = await mette.PostRawAsync(List(citizen.Id), [token, new("Reviewed", "true")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Denied, denied.Action);
        Assert.Equal(citizen.Id, denied.CitizenId);
        Assert.True((await App.PeriodsAsync(plan.Id)).Single().IsOpen);
    }

    [Fact]
    public async Task A_care_worker_in_the_contact_team_may_close()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var plan = await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        Assert.Equal(HttpStatusCode.Redirect, (await mette.PostFormAsync(List(citizen.Id), overrides: Confirmed)).StatusCode);
        Assert.Equal(await App.FullNameAsync(DemoUsers.Mette), (await App.PeriodsAsync(plan.Id))[0].ClosedByName);
    }

    [Fact]
    public async Task Another_departments_care_worker_gets_404_on_every_period_route()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(List(citizen.Id), overrides: Confirmed)).StatusCode);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);

        foreach (var url in new[] { List(citizen.Id), List(citizen.Id) + "/1", List(citizen.Id) + "/1/udskriv", List(citizen.Id) + "/2" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);
        }

        var token = (await jonas.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.PostRawAsync(List(citizen.Id), [token, new("Reviewed", "true")])).StatusCode);
        Assert.Equal(2, (await App.PeriodsAsync((await App.PeriodsPlanIdAsync(citizen.Id)))).Count);
    }

    [Fact]
    public async Task Every_period_page_writes_exactly_one_Read_audit_row()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(List(citizen.Id), overrides: Confirmed)).StatusCode);

        foreach (var (url, subject, detail) in new (string, string, string?)[]
                 {
                     (List(citizen.Id), "Plan: perioder", null),
                     (List(citizen.Id) + "/1", "Plan: periode", "periode 1 (lukket)"),
                     (List(citizen.Id) + "/1/udskriv", "Plan: periode (udskrift)", "periode 1 (lukket)"),
                     (List(citizen.Id) + "/2", "Plan: periode", "periode 2 (åben)"),
                 })
        {
            var before = await App.LastAuditIdAsync();
            (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
            Assert.Equal((AuditAction.Read, subject, detail, citizen.Id), (row.Action, row.Subject, row.Detail, row.CitizenId));
        }

        // A citizen without a plan: the page says so (as the plan's own pages do), one Read row.
        var planless = await App.NewCitizenAsync(DemoUsers.Maagen);
        var at = await App.LastAuditIdAsync();
        var none = (await anne.GetPageAsync(List(planless.Id) + "/1")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Borgeren har endnu ingen individuel plan", none.MainText, StringComparison.Ordinal);
        var noneRow = Assert.Single(await App.AuditEntriesSinceAsync(at));
        Assert.Equal((AuditAction.Read, "Plan: periode", "periode 1 (ingen plan)"), (noneRow.Action, noneRow.Subject, noneRow.Detail));

        // A period that does not exist: 404, nothing shown, nothing logged.
        var last = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(List(citizen.Id) + "/9")).StatusCode);
        Assert.Empty(await App.AuditEntriesSinceAsync(last));
    }

    [Fact]
    public async Task An_open_period_is_not_frozen_yet_and_points_to_the_live_plan()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        await App.CreatePlanAsync(citizen.Id, App.Today.AddDays(-30));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(List(citizen.Id) + "/1")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Perioden er ikke lukket endnu", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/borgere/{citizen.Id}/plan']"));
        Assert.DoesNotContain("fastfrosset", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_the_childrens_cadence_and_a_citizen_without_a_plan_is_told_so()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var none = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Borgeren har endnu ingen individuel plan", none.MainText, StringComparison.Ordinal);
        Assert.Null(none.Document.QuerySelector(BrowserlessClient.MainForm));

        await App.CreatePlanAsync(citizen.Id, today.AddMonths(-8));
        var page = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        var notice = page.Document.QuerySelector("#kadence")!;
        Assert.Contains("alert-warning", notice.ClassName, StringComparison.Ordinal);
        Assert.Contains("Planen blev oprettet for 8 måneder siden, og ingen periode er lukket endnu; børneområdet forventer mindst to lukninger om året.",
            notice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adults_plan_closed_within_a_year_shows_a_note_but_may_still_close()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Birken);
        var plan = await App.CreatePlanAsync(citizen.Id, today.AddMonths(-16));
        await using (var db = App.CreateSystemDbContext())
        {
            // Period 1 closed four months ago (a closing made by the app earlier), period 2 open since.
            var first = await db.PlanPeriods.SingleAsync(p => p.PlanId == plan.Id);
            first.ClosedOn = today.AddMonths(-4);
            first.ClosedByName = "Tidligere medarbejder";
            first.ClosedUtc = App.Clock.GetUtcNow().UtcDateTime.AddMonths(-4);
            first.SnapshotJson = "{}";
            db.PlanPeriods.Add(new PlanPeriod { PlanId = plan.Id, Number = 2, StartedOn = today.AddMonths(-4) });
            await db.SaveChangesAsync();
        }

        using var peter = await fixture.SignInAsync(DemoUsers.Peter);
        var page = (await peter.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("voksenområdet forventer højst én lukning om året", page.Document.QuerySelector("#kadence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Seneste periode blev lukket {today.AddMonths(-4):dd-MM-yyyy}", page.Document.QuerySelector("#lukning-note")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(overrides: Confirmed)).StatusCode);
        Assert.Equal([1, 2, 3], (await App.PeriodsAsync(plan.Id)).Select(p => p.Number));
    }

    [Fact]
    public async Task A_plan_without_an_open_period_gets_one_opened()
    {
        var today = App.Today;
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(citizen.Id, today.AddMonths(-3));
        await using (var db = App.CreateSystemDbContext())
        {
            var only = await db.PlanPeriods.SingleAsync(p => p.PlanId == plan.Id);
            only.ClosedOn = today.AddDays(-1);
            only.ClosedByName = "Datafejl";
            await db.SaveChangesAsync();
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync(List(citizen.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Planen har ingen åben periode.", page.MainText, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync()).StatusCode);

        var periods = await App.PeriodsAsync(plan.Id);
        Assert.Equal([1, 2], periods.Select(p => p.Number));
        Assert.True(periods[1].IsOpen);
        Assert.Equal(today, periods[1].StartedOn);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Plan: periode åbnet"), (row.Action, row.Subject));
    }
}
