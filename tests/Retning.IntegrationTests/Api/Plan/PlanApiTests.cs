using System.Net;
using System.Text.Json.Nodes;
using Retning.Domain.Audit;
using Retning.Domain.Vocabulary;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Plan;

/// <summary>
/// /api/v1/borgere/{id}/plan, …/maal/{goalId} and …/formaal: the plan with FFB-coded themes and goal types, goals with
/// their sub-goals and each sub-goal's newest score, the purposes with every wording; scoping, ETag and one audit row per call.
/// </summary>
public sealed class PlanApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_plan_has_its_FFB_themes_goals_nested_with_sub_goals_their_newest_score_the_plan_version_as_ETag_and_one_Read_row()
    {
        var (citizen, themeKey) = await App.FfbPlanCitizenAsync(0);
        var goal = await App.AddGoalAsync(citizen, "At borgeren smører sin madpakke");
        var subGoal = await App.AddGoalAsync(citizen, "At borgeren finder pålægget frem", goal.Id);
        await App.AddDiaryNoteAsync(citizen, subGoal.Id, score: 1, daysAgo: 3);
        var newest = await App.AddDiaryNoteAsync(citizen, subGoal.Id, score: 3, daysAgo: 1);
        await App.AddDiaryNoteAsync(citizen, subGoal.Id, score: null, daysAgo: 0); // "Ikke vurderet" is no score
        var evaluation = await App.AddEvaluationAsync(citizen, goal.Id);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var answer = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/plan")).Assert(HttpStatusCode.OK);

        var plan = answer.Json;
        Assert.Equal($"\"v{await App.PlanVersionAsync(citizen)}\"", answer.ETag);
        Assert.Equal("ffb", plan["templateKind"]!.GetValue<string>());
        Assert.Equal(1, plan["periodNumber"]!.GetValue<int>());
        Assert.Equal("Vil gerne bo selv", plan["citizenPerspective"]!.GetValue<string>());
        var theme = plan["themes"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == themeKey)!;
        Assert.Equal(FfbCodeSystem.SystemUri, theme["ffb"]!["system"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(theme["ffb"]!["display"]!.GetValue<string>()));
        Assert.Equal("Glemmer aftaler", theme["challenges"]!.GetValue<string>());

        var g = plan["goals"]!.AsArray().Single(x => x!["id"]!.GetValue<string>() == goal.Id.ToString())!;
        Assert.Equal("At borgeren smører sin madpakke", g["text"]!.GetValue<string>());
        Assert.Equal("develop", g["type"]!.GetValue<string>());
        Assert.Equal(Web.Services.Vocabulary.FfbCodeLookup.GoalType(Domain.Plans.GoalType.Develop).Code, g["typeFfb"]!["code"]!.GetValue<string>());
        Assert.Equal("active", g["state"]!.GetValue<string>());
        Assert.Equal(App.Today.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), g["nextEvaluationOn"]!.GetValue<string>());
        Assert.Equal(evaluation.ToString(), g["latestEvaluation"]!["id"]!.GetValue<string>());
        Assert.Equal("continue", g["latestEvaluation"]!["decision"]!.GetValue<string>());
        Assert.Null(g["newestScore"]);
        var s = Assert.Single(g["subGoals"]!.AsArray())!;
        Assert.Equal(subGoal.Id.ToString(), s["id"]!.GetValue<string>());
        AssertNewestScore(s["newestScore"]!, newest, 3);
        Assert.DoesNotContain(plan["goals"]!.AsArray(), x => x!["id"]!.GetValue<string>() == subGoal.Id.ToString());

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)citizen, "API: plan", DemoUsers.Anne), (row.Action, row.CitizenId, row.Subject, row.UserName));
        Assert.Contains("kanal=api", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_reads_with_its_sub_goals_and_newest_scores_and_its_version_as_ETag()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 1)).Id;
        var goal = await App.AddGoalAsync(citizen, "At borgeren handler ind selv");
        var subGoal = await App.AddGoalAsync(citizen, "At borgeren skriver en indkøbsseddel", goal.Id);
        var newest = await App.AddDiaryNoteAsync(citizen, subGoal.Id, score: 2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var answer = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/maal/{goal.Id}")).Assert(HttpStatusCode.OK);

        Assert.Equal($"\"v{goal.Version}\"", answer.ETag);
        Assert.Equal(goal.Id.ToString(), answer.Json["id"]!.GetValue<string>());
        var s = Assert.Single(answer.Json["subGoals"]!.AsArray())!;
        AssertNewestScore(s["newestScore"]!, newest, 2);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)citizen, "API: mål"), (row.Action, row.CitizenId, row.Subject));

        // A sub-goal reads on its own too, with its own newest score.
        var sub = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/maal/{subGoal.Id}")).Assert(HttpStatusCode.OK).Json;
        Assert.Equal(goal.Id.ToString(), sub["parentGoalId"]!.GetValue<string>());
        AssertNewestScore(sub["newestScore"]!, newest, 2);
    }

    [Fact]
    public async Task A_goal_of_another_citizen_or_an_unknown_goal_is_404_and_no_goal_is_read()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 2)).Id;
        var other = (await App.NthCitizenAsync(DemoUsers.Maagen, 3)).Id;
        var othersGoal = await App.AddGoalAsync(other, "At borgeren går en tur");
        await App.EnsurePlanAsync(citizen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/maal/{othersGoal.Id}")).AssertProblem(HttpStatusCode.NotFound);
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/maal/{Guid.NewGuid()}")).AssertProblem(HttpStatusCode.NotFound);
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/maal/ikke-et-id")).AssertProblem(HttpStatusCode.NotFound);

        Assert.DoesNotContain(await App.AuditEntriesSinceAsync(before), r => r.Action == AuditAction.Read);
    }

    [Fact]
    public async Task A_citizen_without_a_plan_is_404_in_Danish_with_one_Read_row()
    {
        var citizen = await App.CitizenWithoutPlanAsync(0);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var problem = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/plan")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Contains("ingen plan", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, "API: plan (ingen plan endnu)"), (row.Action, row.Subject));
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("formaal")]
    [InlineData("evalueringer")]
    [InlineData("frister")]
    public async Task Another_departments_citizen_is_404_and_the_attempt_is_audited_as_denied(string resource)
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 4)).Id;
        await App.EnsurePlanAsync(citizen);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var before = await App.LastAuditIdAsync();

        (await jonas.GetJsonAsync($"/api/v1/borgere/{citizen}/{resource}")).AssertProblem(HttpStatusCode.NotFound);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)citizen, DemoUsers.Jonas), (row.Action, row.CitizenId, row.UserName));
    }

    [Fact]
    public async Task The_purposes_have_every_wording_newest_first_with_dates_source_and_category_and_one_Read_row()
    {
        var citizen = (await App.NthCitizenAsync(DemoUsers.Maagen, 5)).Id;
        var purpose = await App.AddPurposeAsync(citizen, "Bo i egen bolig");
        await App.RevisePurposeAsync(purpose, "At borgeren kan bo i egen bolig med støtte", App.Today.AddDays(-2));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var list = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen}/formaal")).Assert(HttpStatusCode.OK).Json;

        var p = list["items"]!.AsArray().Single(x => x!["id"]!.GetValue<string>() == purpose.ToString())!;
        Assert.Equal("Bo i egen bolig", p["title"]!.GetValue<string>());
        var revisions = p["revisions"]!.AsArray();
        Assert.Equal(2, revisions.Count);
        Assert.Equal("At borgeren kan bo i egen bolig med støtte", p["current"]!["text"]!.GetValue<string>());
        Assert.True(revisions[0]!["isCurrent"]!.GetValue<bool>());
        Assert.False(revisions[1]!["isCurrent"]!.GetValue<bool>());
        Assert.Equal(App.Today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), revisions[1]!["receivedOn"]!.GetValue<string>());
        Assert.Equal("actionPlan140", revisions[1]!["source"]!.GetValue<string>());
        Assert.Equal("Ikke kategoriseret", revisions[1]!["categoryName"]!.GetValue<string>());
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)citizen, "API: formål"), (row.Action, row.CitizenId, row.Subject));
    }

    private static void AssertNewestScore(JsonNode score, Guid noteId, int value)
    {
        Assert.Equal(noteId.ToString(), score["noteId"]!.GetValue<string>());
        Assert.Equal(value, score["value"]!.GetValue<int>());
        var level = Domain.Plans.IndicatorScale.FfbSupportNeed().Single(l => l.Value == value);
        Assert.Equal(level.Label, score["label"]!.GetValue<string>());
        Assert.Equal(FfbCodes.SupportNeedLevels[value].Code, score["ffb"]!["code"]!.GetValue<string>());
    }
}
