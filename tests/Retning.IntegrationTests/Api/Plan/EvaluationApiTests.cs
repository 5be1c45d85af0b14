using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Evaluations;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Plan;

/// <summary>/api/v1/borgere/{id}/evalueringer (keyset paging, goalId, bad input), one evaluation, and …/frister.</summary>
public sealed class EvaluationApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Paging_through_the_evaluations_returns_each_once_newest_first_with_decision_FFB_code_and_results()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 0)).Id;
        var goal = await App.AddGoalAsync(citizen, "At borgeren rydder op på værelset");
        var made = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            made.Add(await App.AddEvaluationOnAsync(citizen, goal.Id, App.Today.AddMonths(i - 5), i == 4 ? EvaluationDecision.CloseAchieved : EvaluationDecision.Continue));
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var seen = new List<Guid>();
        string? next = null;
        var pages = 0;
        do
        {
            var before = await App.LastAuditIdAsync();
            var page = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer?limit=2&goalId={goal.Id}" + (next is null ? string.Empty : "&after=" + next)))
                .Assert(HttpStatusCode.OK).Json;
            var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
            Assert.Equal((AuditAction.Read, (Guid?)citizen, "API: evalueringer"), (row.Action, row.CitizenId, row.Subject));
            seen.AddRange(page["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())));
            next = page["next"]?.GetValue<string>();
            pages++;
        }
        while (next is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(made), seen);

        var newest = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer/{made[4]}")).Assert(HttpStatusCode.OK);
        Assert.Null(newest.ETag); // written once: nothing to send back with If-Match
        Assert.Equal("closeAchieved", newest.Json["decision"]!.GetValue<string>());
        Assert.Equal(Web.Services.Vocabulary.FfbCodeLookup.Decision(EvaluationDecision.CloseAchieved)?.Code, newest.Json["decisionFfb"]?["code"]?.GetValue<string>());
        Assert.Equal(goal.Id.ToString(), newest.Json["goalId"]!.GetValue<string>());
        Assert.Equal("Det går fremad", newest.Json["qualitative"]!.GetValue<string>());
        Assert.Equal(0, newest.Json["missingWorkCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_evaluation_of_another_citizen_is_404()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 1)).Id;
        var other = (await App.NthCitizenAsync(DemoUsers.Maagen, 2)).Id;
        var othersGoal = await App.AddGoalAsync(other, "At borgeren cykler til skole");
        var othersEvaluation = await App.AddEvaluationAsync(other, othersGoal.Id);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer/{othersEvaluation}")).AssertProblem(HttpStatusCode.NotFound);
        // Nor is its id a cursor in this citizen's list.
        var cursor = new Domain.Api.ApiCursor(Domain.Api.ApiCursorKind.Evaluations, othersEvaluation).Encode();
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer?after={cursor}")).AssertProblem(HttpStatusCode.BadRequest, "after");

        Assert.DoesNotContain(await App.AuditEntriesSinceAsync(before), r => r.Action == AuditAction.Read);
    }

    [Theory]
    [InlineData("goalId=abc", "goalId")]
    [InlineData("limit=0", "limit")]
    [InlineData("after=abc", "after")]
    [InlineData("changedSince=2026-03-01", "changedSince")]
    public async Task A_bad_query_parameter_is_400_in_Danish_naming_it(string query, string field)
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 3)).Id;
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer?{query}")).AssertProblem(HttpStatusCode.BadRequest, field);
        var notesCursor = new Domain.Api.ApiCursor(Domain.Api.ApiCursorKind.Notes, Guid.NewGuid()).Encode();
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/evalueringer?after={notesCursor}")).AssertProblem(HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task The_deadlines_are_the_task_engines_with_the_goals_next_evaluation_and_one_Read_row()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 4)).Id;
        var goal = await App.AddGoalAsync(citizen, "At borgeren tager sin medicin", configure: g => g.NextEvaluationOn = App.Today.AddDays(-1));
        var evaluated = await App.AddEvaluationOnAsync(citizen, goal.Id, App.Today.AddMonths(-2)); // evaluated before: no longer a new goal
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var items = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/frister")).Assert(HttpStatusCode.OK).Json["items"]!.AsArray();

        var ofGoal = items.Where(i => i!["kind"]!.GetValue<string>() == "evaluationDue" && i["subjectId"]?.GetValue<string>() == goal.Id.ToString()).ToList();
        var done = ofGoal.Single(i => i!["state"]!.GetValue<string>() == "done")!;
        Assert.Equal(evaluated.ToString(), done["evidenceId"]!.GetValue<string>());
        var due = ofGoal.Single(i => i!["state"]!.GetValue<string>() != "done")!;
        Assert.Equal(App.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), due["dueOn"]!.GetValue<string>());
        Assert.Equal("overdue", due["state"]!.GetValue<string>());
        Assert.True(due["isOverdue"]!.GetValue<bool>());
        Assert.Contains("At borgeren tager sin medicin", due["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("contactTeam", due["responsible"]!.GetValue<string>());
        Assert.Contains(items, i => i!["kind"]!.GetValue<string>() == "statusDue");
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)citizen, "API: frister"), (row.Action, row.CitizenId, row.Subject));
    }
}
