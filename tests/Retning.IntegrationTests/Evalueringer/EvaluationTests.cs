using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Evalueringer;

/// <summary>/borgere/{id}/evalueringer: evaluating a goal or sub-goal with the prepared material; the conclusion goes into the goal and the plan.</summary>
public sealed class EvaluationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;
    private const string Form = "form.app-evaluation-form";

    /// <summary>A citizen in Mette's contact team with a daily sub-goal begun 20 days ago whose evaluation was due yesterday.</summary>
    private async Task<(Guid Citizen, Goal Goal, Goal SubGoal)> OverdueSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n, inContactTeam: DemoUsers.Mette);
        var start = App.Today.AddDays(-19);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren tager bussen alene til skole", configure: g => g.StartOn = start);
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren viser buskortet selv", goal.Id, g =>
        {
            g.StartOn = start;
            g.ScoringFrequency = ScoringFrequency.Daily;
            g.NextEvaluationOn = App.Today.AddDays(-1);
        });
        return (citizen.Id, goal, subGoal);
    }

    [Fact]
    public async Task A_contact_team_member_evaluates_an_overdue_sub_goal_with_the_prepared_numbers_and_the_plan_shows_the_conclusion()
    {
        var (citizenId, _, subGoal) = await OverdueSubGoalAsync(0);
        // 14 of the 20 days scored (3 → 1: less support needed), 2 days of missing work for staffing.
        for (var day = 19; day >= 6; day--)
        {
            await App.AddDiaryNoteAsync(citizenId, subGoal.Id, score: day > 12 ? 3 : day > 8 ? 2 : 1, daysAgo: day);
        }

        await AddMissingWorkAsync(citizenId, subGoal.Id, MissingWorkReason.Staffing, 2);
        await AddMissingWorkAsync(citizenId, subGoal.Id, MissingWorkReason.Staffing, 3);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var list = (await mette.GetPageAsync($"/borgere/{citizenId}/evalueringer")).AssertStatus(HttpStatusCode.OK);
        var row = list.Document.QuerySelectorAll("#naeste-evalueringer tbody tr").Single(r => r.TextContent.Contains("viser buskortet", StringComparison.Ordinal));
        Assert.Contains("(overskredet)", row.TextContent, StringComparison.Ordinal);
        var form = (await mette.GetPageAsync(row.QuerySelector("a.button")!.GetAttribute("href")!)).AssertStatus(HttpStatusCode.OK);
        var material = System.Text.RegularExpressions.Regex.Replace(form.Document.QuerySelector(".app-evaluation-material")!.TextContent, @"\s+", " ");
        Assert.Contains("14 scoringer i perioden", material, StringComparison.Ordinal);
        Assert.Contains("Støttebehovet er faldet fra Højt til Let", material, StringComparison.Ordinal);
        // 14 of 19 days: today is not over and not scored, so it owes no score yet.
        Assert.Contains("Svarprocent 73 %", material, StringComparison.Ordinal);
        Assert.Contains("(14 af 19 forventede)", material, StringComparison.Ordinal);
        Assert.Contains("2 notater: personalemangel eller travlhed (2)", material, StringComparison.Ordinal);
        Assert.Equal(App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.FieldValue("Input.EvaluatedOn", Form));
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync(Form, new Dictionary<string, string?>
        {
            ["Input.Participants"] = "Mette, Camilla og Anne (teammøde)",
            ["Input.CitizenInvolvement"] = "Talt med borgeren med billedstøtte før mødet",
            ["Input.Qualitative"] = "Han viser oftere selv kortet; to dage uden arbejde pga. travlhed.",
            ["Input.Decision"] = nameof(EvaluationDecision.Continue),
            ["Input.NextEvaluationOn"] = App.Today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.PlanRevision"] = "nej",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.CreateSystemDbContext();
        var evaluation = await db.Evaluations.SingleAsync(e => e.GoalId == subGoal.Id);
        Assert.Equal((14, 19, 2), (evaluation.ResponseScored!.Value, evaluation.ResponseExpected!.Value, evaluation.MissingWorkCount));
        Assert.Contains("Svarprocent 73 %", evaluation.PreparedFigures, StringComparison.Ordinal);
        Assert.Equal(App.Today.AddDays(-19), evaluation.PeriodFrom);
        Assert.Equal(App.Today.AddMonths(2), (await db.Goals.SingleAsync(g => g.Id == subGoal.Id)).NextEvaluationOn);
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Evaluering: gemt"), (audit.Action, audit.Subject));

        // The conclusion is in the plan document (print view and period snapshots) under the sub-goal.
        var plan = await mette.GetPageAsync($"/borgere/{citizenId}/plan/udskriv");
        Assert.Contains($"{App.Today:dd-MM-yyyy}: Fortsæt. Han viser oftere selv kortet", plan.Document.QuerySelector(".plan-doc-evaluation")!.TextContent, StringComparison.Ordinal);
        var goals = await mette.GetPageAsync($"/borgere/{citizenId}/maal");
        Assert.Contains($"Evalueret {App.Today:dd-MM-yyyy}", goals.MainText, StringComparison.Ordinal);
        var after = await mette.GetPageAsync($"/borgere/{citizenId}/evalueringer");
        Assert.DoesNotContain("(overskredet)", after.Document.QuerySelector("#naeste-evalueringer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fortsæt", after.Document.QuerySelector("#foretagne-evalueringer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_and_keeps_what_was_typed()
    {
        var (citizenId, _, subGoal) = await OverdueSubGoalAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizenId}/evalueringer/ny/{subGoal.Id}");

        var page = await form.SubmitForPageAsync(Form, new Dictionary<string, string?>
        {
            ["Input.Qualitative"] = "Vigtig tekst, der ikke må gå tabt",
            ["Input.Decision"] = nameof(EvaluationDecision.Adjust),
            ["Input.NextEvaluationOn"] = App.Today.AddMonths(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv, hvem der deltog i evalueringen.", page.FieldError("Input.Participants"));
        Assert.StartsWith("Skriv, hvordan borgeren har været inddraget", page.FieldError("Input.CitizenInvolvement"), StringComparison.Ordinal);
        Assert.StartsWith("Næste evaluering skal ligge efter evalueringen og højst 3 måneder frem", page.FieldError("Input.NextEvaluationOn"), StringComparison.Ordinal);
        Assert.Contains("Svar på, om planen skal revideres.", page.ErrorSummary);
        Assert.Equal("Vigtig tekst, der ikke må gå tabt", page.FieldValue("Input.Qualitative", Form));

        var closing = await page.SubmitForPageAsync(Form, new Dictionary<string, string?>
        {
            ["Input.Participants"] = "Team", ["Input.CitizenInvolvement"] = "Samtale", ["Input.PlanRevision"] = "ja",
            ["Input.Decision"] = nameof(EvaluationDecision.CloseAchieved), ["Input.NextEvaluationOn"] = App.Today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal("Et mål, der afsluttes, skal ikke evalueres igen. Fjern datoen.", closing.FieldError("Input.NextEvaluationOn"));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Evaluations.AnyAsync(e => e.GoalId == subGoal.Id));
    }

    [Fact]
    public async Task Adjusting_opens_the_goal_form_and_closing_a_goal_as_achieved_closes_it_and_its_open_sub_goals()
    {
        var (citizenId, goal, subGoal) = await OverdueSubGoalAsync(2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var fields = new Dictionary<string, string?>
        {
            ["Input.Participants"] = "Team", ["Input.CitizenInvolvement"] = "Samtale", ["Input.Qualitative"] = "Nået", ["Input.PlanRevision"] = "ja",
            ["Input.PlanRevisionNote"] = "Nyt mål om fritid",
        };

        var adjust = await (await anne.GetPageAsync($"/borgere/{citizenId}/evalueringer/ny/{subGoal.Id}")).SubmitAsync(Form,
            new Dictionary<string, string?>(fields) { ["Input.Decision"] = nameof(EvaluationDecision.Adjust) });
        Assert.Equal($"/borgere/{citizenId}/maal/{subGoal.Id}", adjust.RedirectPath());

        var close = await (await anne.GetPageAsync($"/borgere/{citizenId}/evalueringer/ny/{goal.Id}")).SubmitAsync(Form,
            new Dictionary<string, string?>(fields) { ["Input.Decision"] = nameof(EvaluationDecision.CloseAchieved), ["Input.NextEvaluationOn"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        await using var db = App.CreateSystemDbContext();
        var goals = await db.Goals.Where(g => g.Id == goal.Id || g.Id == subGoal.Id).ToDictionaryAsync(g => g.Id);
        Assert.Equal((GoalState.Achieved, GoalState.Achieved), (goals[goal.Id].State, goals[subGoal.Id].State));
        Assert.Null(goals[goal.Id].NextEvaluationOn);
        Assert.Equal(2, await db.GoalStateChanges.CountAsync(c => (c.GoalId == goal.Id || c.GoalId == subGoal.Id) && c.State == GoalState.Achieved));
        var evaluation = await db.Evaluations.SingleAsync(e => e.GoalId == goal.Id);
        Assert.True(evaluation.PlanRevisionNeeded);
        var view = await anne.GetPageAsync($"/borgere/{citizenId}/evalueringer/{evaluation.Id}");
        Assert.Contains("Afslut – opnået", view.MainText, StringComparison.Ordinal);
        Assert.Contains("Nyt mål om fritid", view.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_contact_team_and_leaders_evaluate_and_a_denial_is_audited()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren rydder sit værelse");
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync($"/borgere/{citizen.Id}/evalueringer/ny/{goal.Id}")).StatusCode);
        Assert.Equal(AuditAction.Denied, Assert.Single(await App.AuditEntriesSinceAsync(before)).Action);
        var list = await mette.GetPageAsync($"/borgere/{citizen.Id}/evalueringer");
        Assert.Null(list.Document.QuerySelector("#naeste-evalueringer a.button"));
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/evalueringer")).StatusCode);
    }

    [Fact]
    public async Task An_evaluation_is_never_changed_once_written()
    {
        var (citizenId, _, subGoal) = await OverdueSubGoalAsync(4);
        var id = await App.AddEvaluationAsync(citizenId, subGoal.Id);
        await using var db = App.CreateSystemDbContext();
        var evaluation = await db.Evaluations.SingleAsync(e => e.Id == id);
        evaluation.Qualitative = "Omskrevet";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task AddMissingWorkAsync(Guid citizenId, Guid subGoalId, MissingWorkReason reason, int daysAgo)
    {
        var (context, _, missingWork) = await App.CategoriesAsync(citizenId);
        await using var db = App.CreateSystemDbContext();
        var at = App.Clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo);
        var content = new NoteContent
        {
            ObservedAtUtc = at, ObservedOn = DateOnly.FromDateTime(at), SubGoalId = subGoalId, ContextId = context, NoteTypeId = missingWork,
            MissingWorkReason = reason, Text = "Ingen tid til øvelsen",
        };
        db.DiaryEntries.Add(DiaryRules.Write(citizenId, DiaryKind.Resident, content, Guid.NewGuid(), "Test", App.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
