using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Opgaver;

/// <summary>
/// Tasks are someone's and stay readable (docs/domain.md, "Tasks and deadlines"): the lists page 25 at a time and sort; the
/// department list counts per citizen; a task goes to a named contact-team member (then it is hers
/// in "Mine opgaver"); a leader snoozes a task with a reason until a day (shown, audited, not overdue).
/// </summary>
public sealed class TaskHandlingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static List<string> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("#opgaver tbody tr").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent, @"\s+", " ").Trim())];

    private static List<string> Citizens(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("#opgaver tbody tr td[data-label='Borger']").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task The_department_list_pages_25_at_a_time_sorts_and_counts_per_citizen()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var first = (await anne.GetPageAsync("/opgaver/afdeling")).AssertStatus(HttpStatusCode.OK);
        var total = TaskListTests.Total(first);
        Assert.True(total > 25, $"The demo department has {total} open tasks; paging needs more than a page.");
        Assert.Equal(25, Rows(first).Count);
        Assert.Contains($"Side 1 af {(total + 24) / 25}", first.Document.QuerySelector(".app-pager")!.TextContent, StringComparison.Ordinal);

        var lastPage = (total + 24) / 25;
        var last = await anne.GetPageAsync(first.Document.QuerySelectorAll(".app-pager a")[^1].GetAttribute("href")!.Replace("side=2", $"side={lastPage}", StringComparison.Ordinal));
        Assert.Equal(total - (25 * (lastPage - 1)), Rows(last).Count);
        Assert.Empty(Rows(first).Intersect(Rows(await anne.GetPageAsync("/opgaver/afdeling?side=2"))));

        var byCitizen = Citizens(await anne.GetPageAsync("/opgaver/afdeling?sortering=borger"));
        Assert.Equal(byCitizen.Order(StringComparer.Ordinal), byCitizen);

        // The per-citizen count is the length of that citizen's list.
        var counts = (await anne.GetPageAsync("/opgaver/afdeling")).Document.QuerySelectorAll("#opgaver-pr-borger tbody tr")[0];
        var open = int.Parse(counts.QuerySelectorAll("td")[2].TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        var narrowed = await anne.GetPageAsync(counts.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(open, TaskListTests.Total(narrowed));
        Assert.Single(Citizens(narrowed).Distinct());
    }

    [Fact]
    public async Task A_task_given_to_a_contact_team_member_is_hers_alone_and_the_change_is_audited()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette, DemoUsers.Rasmus);
        var url = $"/opgaver/{citizen.Id}/PurposeMissing";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var rasmus = await fixture.SignInAsync(DemoUsers.Rasmus);
        string Mine(List<string> rows) => rows.SingleOrDefault(r => r.Contains(citizen.FullName, StringComparison.Ordinal)) ?? string.Empty;
        Assert.NotEmpty(Mine(Rows(await mette.GetPageAsync("/opgaver?type=PurposeMissing"))));

        var refused = await mette.PostFormForPageAsync(url, "main form[action*='handler=Assign']", new Dictionary<string, string?> { ["AssignTo"] = (await App.UserIdAsync(DemoUsers.Jonas)).ToString() });
        Assert.Equal("Vælg en person fra borgerens kontaktteam.", refused.FieldError("AssignTo"));

        var before = await App.LastAuditIdAsync();
        var saved = await mette.PostFormAsync(url, "main form[action*='handler=Assign']", new Dictionary<string, string?> { ["AssignTo"] = (await App.UserIdAsync(DemoUsers.Rasmus)).ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Update);
        Assert.Equal((AuditAction.Update, (Guid?)citizen.Id, "Opgave: tildelt"), (audit.Action, audit.CitizenId, audit.Subject));
        Assert.Contains("Rasmus Friis", audit.Detail, StringComparison.Ordinal);

        Assert.Empty(Mine(Rows(await mette.GetPageAsync("/opgaver?type=PurposeMissing"))));
        Assert.Contains("Rasmus Friis", Mine(Rows(await rasmus.GetPageAsync("/opgaver?type=PurposeMissing"))), StringComparison.Ordinal);
        Assert.Contains("Rasmus Friis", (await mette.GetPageAsync(url)).Document.QuerySelector("#opgave-tildelt")!.TextContent, StringComparison.Ordinal);

        // Back to the whole team.
        await rasmus.PostFormAsync(url, "main form[action*='handler=Assign']", new Dictionary<string, string?> { ["AssignTo"] = string.Empty });
        Assert.NotEmpty(Mine(Rows(await mette.GetPageAsync("/opgaver?type=PurposeMissing"))));
    }

    [Fact]
    public async Task A_leader_snoozes_an_overdue_task_with_a_reason_and_it_stops_counting_as_overdue()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var url = $"/opgaver/{citizen.Id}/DpuDue";
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var overdue = $"/opgaver/afdeling?vis=overskredne&type=DpuDue&borger={citizen.Id}";
        Assert.Single(Rows(await anne.GetPageAsync(overdue)));

        // A care worker may not snooze (403, audited); another department does not see the citizen (404).
        var before = await App.LastAuditIdAsync();
        var fields = new Dictionary<string, string>
        {
            ["Until"] = App.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Reason"] = "x", ["Version"] = "0",
            ["__RequestVerificationToken"] = (await mette.GetPageAsync(url)).FormFields("main form[action*='handler=Assign']").Single(f => f.Key == "__RequestVerificationToken").Value,
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.PostRawAsync(url + "?handler=Snooze", fields)).StatusCode);
        Assert.Contains(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Denied && a.CitizenId == citizen.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);

        var noReason = await anne.PostFormForPageAsync(url, "main form[action*='handler=Snooze']", new Dictionary<string, string?> { ["Until"] = App.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Reason"] = "" });
        Assert.Equal("Skriv hvorfor opgaven udsættes.", noReason.FieldError("Reason"));

        before = await App.LastAuditIdAsync();
        var snoozed = await anne.PostFormAsync(url, "main form[action*='handler=Snooze']", new Dictionary<string, string?>
        {
            ["Until"] = App.Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Reason"] = "DPU aftalt til næste måned med psykologen",
        });
        Assert.Equal(HttpStatusCode.Redirect, snoozed.StatusCode);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Update);
        Assert.Equal((AuditAction.Update, (Guid?)citizen.Id, "Opgave: udsat"), (audit.Action, audit.CitizenId, audit.Subject));
        Assert.Contains("psykologen", audit.Detail, StringComparison.Ordinal);

        Assert.Empty(Rows(await anne.GetPageAsync(overdue)));
        var row = Assert.Single(Rows(await mette.GetPageAsync("/opgaver?type=DpuDue")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains($"Udsat til {App.Today.AddDays(10):dd-MM-yyyy}", row, StringComparison.Ordinal);
        Assert.Contains("psykologen", row, StringComparison.Ordinal);
        await using (var db = App.CreateSystemDbContext())
        {
            var handling = await db.TaskHandlings.AsNoTracking().SingleAsync(h => h.CitizenId == citizen.Id);
            Assert.Equal((Domain.Deadlines.DeadlineKind.DpuDue, "Anne Thomsen"), (handling.Kind, handling.SnoozedBy));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url, "main form[action*='handler=Wake']")).StatusCode);
        Assert.Single(Rows(await anne.GetPageAsync(overdue)));
    }

    [Fact]
    public async Task Two_leaders_changing_a_task_at_once_do_not_overwrite_each_other()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var url = $"/opgaver/{citizen.Id}/CompassDue";
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var annePage = await anne.GetPageAsync(url);
        var larsPage = await lars.GetPageAsync(url);
        var until = App.Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await annePage.SubmitAsync("main form[action*='handler=Snooze']", new Dictionary<string, string?> { ["Until"] = until, ["Reason"] = "Anne" })).StatusCode);

        var second = await larsPage.SubmitAsync("main form[action*='handler=Snooze']", new Dictionary<string, string?> { ["Until"] = until, ["Reason"] = "Lars" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("En anden har ændret opgaven", (await lars.GetPageAsync(url)).Document.Body!.TextContent, StringComparison.Ordinal);
        await using var db = App.CreateSystemDbContext();
        Assert.Equal("Anne", (await db.TaskHandlings.AsNoTracking().SingleAsync(h => h.CitizenId == citizen.Id)).SnoozeReason);
    }
}
