using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Common;
using Retning.Domain.Evaluations;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Opgaver;

/// <summary>/opgaver and /opgaver/afdeling: the deadline engine's tasks per person and per department, scoped and audited.</summary>
public sealed class TaskListTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static List<string> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("#opgaver tbody tr").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent, @"\s+", " ").Trim())];

    /// <summary>The number of tasks the list holds over all its pages (the pager's "Viser a–b af N").</summary>
    internal static int Total(HtmlPage page) =>
        int.Parse(page.Document.QuerySelector(".app-pager-count")!.TextContent.Trim().Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task My_overdue_evaluation_is_listed_first_marked_and_done_with_its_evidence_after_the_evaluation()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren går i seng til tiden");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren slukker skærmen kl. 21", goal.Id, g => g.NextEvaluationOn = App.Today.AddDays(-3));
        await App.AddEvaluationAsync(citizen.Id, goal.Id); // the goal has been reviewed; the sub-goal is due
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        // Not yet evaluated, the sub-goal is a new goal to review (one kind, so the row is on the first page).
        var page = (await mette.GetPageAsync("/opgaver?vis=overskredne&type=NewGoalReview")).AssertStatus(HttpStatusCode.OK);

        var row = Assert.Single(Rows(page), r => r.Contains("slukker skærmen", StringComparison.Ordinal));
        Assert.Contains("Overskredet", row, StringComparison.Ordinal);
        Assert.Contains(App.Today.AddDays(-3).ToDanishDate(), row, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#opgaver a[href='/borgere/{citizen.Id}/evalueringer/ny/{subGoal.Id}']"));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Search, (Guid?)null, "Mine opgaver"), (audit.Action, audit.CitizenId, audit.Subject));

        var evaluationId = await App.AddEvaluationAsync(citizen.Id, subGoal.Id, EvaluationDecision.Continue);
        await using (var db = App.CreateSystemDbContext())
        {
            var tracked = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Goals, g => g.Id == subGoal.Id);
            tracked.NextEvaluationOn = App.Today.AddMonths(3);
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver?vis=overskredne&type=NewGoalReview")), r => r.Contains("slukker skærmen", StringComparison.Ordinal));
        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver?vis=overskredne&type=EvaluationDue")), r => r.Contains("slukker skærmen", StringComparison.Ordinal));
        var done = await mette.GetPageAsync("/opgaver?vis=udfoerte&type=EvaluationDue");
        Assert.Contains(Rows(done), r => r.Contains("slukker skærmen", StringComparison.Ordinal));
        Assert.NotNull(done.Document.QuerySelector($"#opgaver a[href='/borgere/{citizen.Id}/evalueringer/{evaluationId}']"));
    }

    [Fact]
    public async Task A_care_worker_sees_only_her_contact_teams_and_the_department_head_sees_the_department_with_the_leaders_tasks()
    {
        var outside = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var metteRows = Rows(await mette.GetPageAsync("/opgaver"));
        Assert.DoesNotContain(metteRows, r => r.Contains(outside.FullName, StringComparison.Ordinal));
        Assert.DoesNotContain(metteRows, r => r.Contains("Afdelingsleder", StringComparison.Ordinal)); // calling the status meeting is the leader's

        var department = Rows(await anne.GetPageAsync($"/opgaver/afdeling?type=PurposeMissing&borger={outside.Id}"));
        Assert.True(department.Any(r => r.Contains(outside.FullName, StringComparison.Ordinal) && r.Contains("Formål", StringComparison.Ordinal)),
            $"{outside.FullName}: " + string.Join(" | ", department.Where(r => r.Contains(outside.FullName, StringComparison.Ordinal))) + $" (rows: {department.Count})");
        Assert.Contains(Rows(await anne.GetPageAsync("/opgaver?type=StatusDue")), r => r.Contains("Afdelingsleder", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync("/opgaver/afdeling")).StatusCode);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        Assert.DoesNotContain(Rows(await jonas.GetPageAsync("/opgaver")), r => r.Contains(outside.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_header_shows_the_count_of_my_overdue_tasks_without_an_audit_row_of_its_own()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var overdue = Total(await mette.GetPageAsync("/opgaver?vis=overskredne"));
        Assert.True(overdue > 0, "The demo citizens lack purposes, so Mette has overdue tasks.");
        var before = await App.LastAuditIdAsync();

        var home = (await mette.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal($"{overdue} overskredne", home.Document.QuerySelector("a[href='/opgaver'] .app-count-badge")!.TextContent.Trim());
        Assert.Equal($"Mine opgaver {overdue} overskredne", System.Text.RegularExpressions.Regex.Replace(home.Document.QuerySelector("a[href='/opgaver']")!.TextContent, @"\s+", " ").Trim());
        Assert.True((await App.AuditEntriesSinceAsync(before)).Count <= 1, "The badge must not add an audit row to the page's own.");
    }

    [Fact]
    public async Task The_offer_head_sees_each_departments_counts_and_what_is_overdue_and_a_department_head_is_refused()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var page = (await lars.GetPageAsync("/opgaver/tilbud")).AssertStatus(HttpStatusCode.OK);

        var rows = page.Document.QuerySelectorAll("#afdelinger tbody tr").ToList();
        var maagen = rows.Single(r => r.TextContent.Contains(DemoUsers.Maagen, StringComparison.Ordinal));
        var maagenId = maagen.QuerySelector("a")!.GetAttribute("href")!.Split("afdeling=")[1].Split('&')[0];
        var departmentOverdue = Total(await anne.GetPageAsync($"/opgaver/afdeling?afdeling={maagenId}&vis=overskredne"));
        Assert.Equal(departmentOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture), maagen.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains(rows, r => r.TextContent.Contains(DemoUsers.Ternen, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.TextContent.Contains(DemoUsers.Birken, StringComparison.Ordinal)); // another offer
        var kinds = page.Document.QuerySelectorAll("#overskredne-typer tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Contains(Domain.Deadlines.DeadlineKindText.Danish(Domain.Deadlines.DeadlineKind.PurposeMissing), kinds); // the demo citizens have no purpose yet
        var audit = (await App.AuditEntriesSinceAsync(before)).First();
        Assert.Equal((AuditAction.Search, (Guid?)null, "Tilbuddets opgaver"), (audit.Action, audit.CitizenId, audit.Subject));

        Assert.Equal(HttpStatusCode.Forbidden, (await anne.GetAsync("/opgaver/tilbud")).StatusCode);
    }

    [Fact]
    public async Task A_documented_municipal_agreement_on_the_citizen_moves_the_status_deadline()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        string StatusRow(List<string> rows) => rows.Single(r => r.Contains(citizen.FullName, StringComparison.Ordinal) && r.Contains("Afdelingsleder", StringComparison.Ordinal));
        var standard = StatusRow(Rows(await anne.GetPageAsync("/opgaver/afdeling?vis=aabne&type=StatusDue")));
        Assert.Contains(citizen.EnrolledOn.AddMonths(6).ToDanishDate(), standard, StringComparison.Ordinal); // a child: twice a year

        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/rediger")).AssertStatus(HttpStatusCode.OK);
        var refused = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.StatusIntervalMonths"] = "24" });
        Assert.StartsWith("Skriv, hvad der er aftalt med kommunen", refused.FieldError("Input.StatusAgreementNote"), StringComparison.Ordinal);
        var saved = await refused.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.StatusIntervalMonths"] = "24", ["Input.StatusAgreementNote"] = "Aftalt med rådgiveren på mødet 12-01-2026: status hvert andet år",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var agreed = StatusRow(Rows(await anne.GetPageAsync("/opgaver/afdeling?vis=aabne&type=StatusDue")));
        Assert.Contains(citizen.EnrolledOn.AddMonths(24).ToDanishDate(), agreed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_discharged_citizen_gets_no_open_tasks()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        await App.AddGoalAsync(citizen.Id, "At borgeren pakker sin taske", configure: g => g.NextEvaluationOn = App.Today.AddDays(-1));
        await using (var db = App.CreateSystemDbContext())
        {
            var tracked = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Citizens, c => c.Id == citizen.Id);
            tracked.DischargedOn = App.Today;
            await db.SaveChangesAsync();
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
    }
}
