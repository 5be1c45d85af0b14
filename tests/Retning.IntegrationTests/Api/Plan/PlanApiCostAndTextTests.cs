using System.Net;
using System.Text.Json.Nodes;
using Retning.Data;
using Retning.Domain.ApiClients;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Performance;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Plan;

/// <summary>
/// What GET …/plan costs (queries, counted as in QueryBudgetTests: never more with more notes) and what leaves without the
/// API client's text right (docs/adr/0017: only structured data).
/// </summary>
public sealed class PlanApiCostAndTextTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>
    /// The plan read: citizen lookup, plan with template, goals, interventions, collaborators, latest evaluations, newest
    /// score per sub-goal, those notes, their scale versions, FFB mappings, assessments, open period (12), with room
    /// for the caller's grants.
    /// </summary>
    private const int PlanBudget = 14;

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_plan_costs_the_same_queries_at_100_and_at_2000_notes_and_stays_within_its_budget()
    {
        var (citizen, subGoal) = await App.CitizenWithSubGoalAsync(0);
        var url = $"/api/v1/borgere/{citizen}/plan";
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        await App.AddManyNotesAsync(citizen, subGoal, 100);
        var few = await CountAsync(anne, url);
        await App.AddManyNotesAsync(citizen, subGoal, 1900);
        var many = await CountAsync(anne, url);

        Assert.True((few.Commands, few.Opens) == (many.Commands, many.Opens), $"at 100 notes {few.Describe()}\n\nat 2,000 notes {many.Describe()}");
        var provider = TestDatabase.UsePostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        TestContext.Current.TestOutputHelper?.WriteLine($"GET {url} on {provider}: {many.Commands} commands, {many.Opens} opens");
        Assert.True(many.Commands <= PlanBudget && many.Opens <= 1, $"on {provider}: budget {PlanBudget} commands, 1 open; used {many.Describe()}");
    }

    [Fact]
    public async Task A_client_without_the_text_right_gets_codes_dates_and_states_but_no_free_text()
    {
        var (citizen, subGoal) = await App.CitizenWithSubGoalAsync(1);
        await App.AddDiaryNoteAsync(citizen, subGoal, score: 2);
        var structured = await App.AddApiClientAsync("Kommunens sagssystem (uden fritekst)", DemoUsers.Maagen, ApiRights.Read);
        var withText = await App.AddApiClientAsync("Kommunens sagssystem (med fritekst)", DemoUsers.Maagen, ApiRights.Read | ApiRights.Text);
        using var http = App.ApiHttp();

        var bare = await PlanAsync(http, structured, citizen);
        var full = await PlanAsync(http, withText, citizen);

        var bareGoal = bare["goals"]!.AsArray().Single(g => g!["subGoals"]!.AsArray().Any(s => s!["id"]!.GetValue<string>() == subGoal.ToString()))!;
        var fullGoal = full["goals"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == bareGoal["id"]!.GetValue<string>())!;
        Assert.Null(bareGoal["text"]);
        Assert.Equal("At borgeren smører sin madpakke tre dage om ugen", fullGoal["text"]!.GetValue<string>());
        Assert.Equal(fullGoal["typeFfb"]!.ToJsonString(), bareGoal["typeFfb"]!.ToJsonString());
        Assert.Equal(2, bareGoal["subGoals"]![0]!["newestScore"]!["value"]!.GetValue<int>());
        Assert.Null(bareGoal["subGoals"]![0]!["text"]);
    }

    private static async Task<JsonNode> PlanAsync(HttpClient http, ApiClientTestData.Registered client, Guid citizen)
    {
        var token = await http.TokenAsync(client);
        using var response = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen}/plan", token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    /// <summary>Once to warm up, then once counted.</summary>
    private async Task<QueryCount> CountAsync(BrowserlessClient client, string url)
    {
        (await client.GetJsonAsync(url)).Assert(HttpStatusCode.OK);
        var (answer, count) = await App.Queries.MeasureAsync(() => client.GetJsonAsync(url));
        answer.Assert(HttpStatusCode.OK);
        return count;
    }
}
