using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>/borgere/{id}/maal/{goalId}/rediger: edit with one audit row, no lost updates, closing a goal (and its open sub-goals).</summary>
public sealed class EditGoalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task An_edit_saves_the_goal_bumps_its_version_and_writes_exactly_one_Update_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Emil rydder op på sit værelse");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var form = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(goal.Text, form.FieldValue("Input.Text"));
        Assert.Equal("0", form.FieldValue("Input.Version"));
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "At Emil rydder op på sit værelse hver søndag med guidning",
            ["Input.Type"] = nameof(GoalType.Maintain),
            ["Input.State"] = nameof(GoalState.Passive),
            ["Input.EvaluationIntervalMonths"] = "2",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"A valid edit should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        Assert.Equal($"/borgere/{citizen.Id}/maal/{goal.Id}", response.Headers.Location!.OriginalString);
        var stored = (await App.FindGoalAsync(goal.Id))!;
        Assert.Equal("At Emil rydder op på sit værelse hver søndag med guidning", stored.Text);
        Assert.Equal(GoalType.Maintain, stored.Type);
        Assert.Equal(GoalState.Passive, stored.State);
        Assert.Equal(2, stored.EvaluationIntervalMonths);
        Assert.Equal(goal.NextEvaluationOn, stored.NextEvaluationOn);
        Assert.Equal(1, stored.Version);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, citizen.Id, "Mål: ændret"), (row.Action, row.CitizenId, row.Subject));
        Assert.Equal(stored.UpdatedUtc, row.AtUtc);
    }

    [Fact]
    public async Task Two_users_saving_the_same_goal_the_second_sees_both_versions_and_nothing_is_lost()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Laura deltager i fritidsaktiviteter");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var annesForm = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var larsForm = (await lars.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var first = await annesForm.SubmitAsync("#goal-form", new Dictionary<string, string?> { ["Input.Text"] = "At Laura går til spejder hver tirsdag" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await larsForm.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "At Laura går til svømning hver torsdag",
            ["Input.Measure"] = "Fremmøde i klubbens liste",
        });

        Assert.True(second.Status == HttpStatusCode.OK, $"The second save should show the conflict (200), got {(int)second.Status}");
        Assert.Contains(second.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer på målet, mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        Assert.Equal("At Laura går til svømning hver torsdag", second.FieldValue("Input.Text"));
        Assert.Equal("Fremmøde i klubbens liste", second.FieldValue("Input.Measure"));
        var storedSection = second.Document.QuerySelector("section[aria-labelledby='konflikt']");
        Assert.NotNull(storedSection);
        Assert.Contains("At Laura går til spejder hver tirsdag", storedSection.TextContent, StringComparison.Ordinal);
        Assert.Contains("At Laura går til svømning hver torsdag", storedSection.TextContent, StringComparison.Ordinal);

        var stored = (await App.FindGoalAsync(goal.Id))!;
        Assert.Equal("At Laura går til spejder hver tirsdag", stored.Text);
        Assert.Null(stored.Measure);
        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.Update, AuditAction.Read], rows.Select(r => r.Action));
        Assert.Equal([DemoUsers.Anne, DemoUsers.Lars], rows.Select(r => r.UserName));
        Assert.Equal("Mål: redigering (konflikt)", rows[1].Subject);

        // Saving again from the conflict page is a deliberate overwrite and succeeds.
        var again = await second.SubmitAsync("#goal-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        stored = (await App.FindGoalAsync(goal.Id))!;
        Assert.Equal("At Laura går til svømning hver torsdag", stored.Text);
        Assert.Equal("Fremmøde i klubbens liste", stored.Measure);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Closing_a_goal_as_achieved_is_recorded_and_it_leaves_the_active_list()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Mads tager bussen til skole alene hver dag");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync("#goal-form", new Dictionary<string, string?> { ["Input.State"] = nameof(GoalState.Achieved) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(GoalState.Achieved, (await App.FindGoalAsync(goal.Id))!.State);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Mål: lukket"), (row.Action, row.Subject));
        Assert.Contains("Aktivt → Opnået", row.Detail, StringComparison.Ordinal);
        var shown = await mette.GetPageAsync(url);
        Assert.Contains("Målet er lukket som opnået.", shown.MainText, StringComparison.Ordinal);

        var active = await mette.GetPageAsync($"/borgere/{citizen.Id}/maal");
        Assert.Null(active.Document.QuerySelector($"article[aria-labelledby='maal-{goal.Id}']"));
        var all = await mette.GetPageAsync($"/borgere/{citizen.Id}/maal?vis=alle");
        Assert.Contains("Opnået", all.Document.QuerySelector($"article[aria-labelledby='maal-{goal.Id}']")!.TextContent, StringComparison.Ordinal);

        // Reopening is possible and recorded as such.
        var closed = await mette.GetPageAsync(url);
        before = await App.LastAuditIdAsync();
        var reopen = await closed.SubmitAsync("#goal-form", new Dictionary<string, string?> { ["Input.State"] = nameof(GoalState.Active) });
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        var reopenRows = await App.AuditEntriesSinceAsync(before);
        Assert.True(reopenRows.Count == 1, string.Join("; ", reopenRows.Select(r => $"{r.Action} {r.Subject} {r.Detail} {r.UserName}")));
        Assert.Equal("Mål: genåbnet", reopenRows[0].Subject);
    }

    [Fact]
    public async Task Closing_a_goal_with_open_sub_goals_asks_to_close_them_too()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Ida klæder sig på selv hver morgen");
        var open1 = await App.AddGoalAsync(citizen.Id, "At Ida tager strømper på selv", goal.Id);
        var open2 = await App.AddGoalAsync(citizen.Id, "At Ida vælger tøj aftenen før", goal.Id, g => g.State = GoalState.Passive);
        var done = await App.AddGoalAsync(citizen.Id, "At Ida tager bukser på selv", goal.Id, g => g.State = GoalState.Achieved);
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var form = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Null(form.Document.QuerySelector("#Input_CloseOpenSubGoals"));

        var refused = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.State"] = nameof(GoalState.Closed),
            ["Input.Measure"] = "Skrevet, mens målet lukkes",
        });

        refused.AssertStatus(HttpStatusCode.OK);
        var message = refused.FieldError("Input.State")!;
        Assert.StartsWith("Målet har 2 åbne delmål:", message, StringComparison.Ordinal);
        Assert.Contains(open1.Text, message, StringComparison.Ordinal);
        Assert.Contains(open2.Text, message, StringComparison.Ordinal);
        Assert.DoesNotContain(done.Text, message, StringComparison.Ordinal);
        Assert.Equal("Skrevet, mens målet lukkes", refused.FieldValue("Input.Measure"));
        Assert.NotNull(refused.Document.QuerySelector("#Input_CloseOpenSubGoals"));
        Assert.Equal(GoalState.Active, (await App.FindGoalAsync(goal.Id))!.State);
        var before = await App.LastAuditIdAsync();

        var response = await refused.SubmitAsync("#goal-form", new Dictionary<string, string?> { ["Input.CloseOpenSubGoals"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(GoalState.Closed, (await App.FindGoalAsync(goal.Id))!.State);
        Assert.Equal(GoalState.Closed, (await App.FindGoalAsync(open1.Id))!.State);
        Assert.Equal(GoalState.Closed, (await App.FindGoalAsync(open2.Id))!.State);
        Assert.Equal(GoalState.Achieved, (await App.FindGoalAsync(done.Id))!.State);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal("Mål: lukket", row.Subject);
        Assert.Contains("delmål lukket: 2", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_sub_goal_keeps_its_indicator_required()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 4, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Noah cykler til skole hver dag");
        var sub = await App.AddGoalAsync(citizen.Id, "At Noah pumper cyklen hver søndag", goal.Id);
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/{sub.Id}/rediger")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Delmål", form.Document.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector($"main a[href='/borgere/{citizen.Id}/maal/{goal.Id}']"));

        var page = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ScoringFrequency"] = "",
            ["Input.Text"] = "At Noah pumper cyklen hver lørdag",
        });

        Assert.Equal("Vælg, hvor ofte delmålet scores: dagligt, ugentligt eller månedligt.", page.FieldError("Input.ScoringFrequency"));
        Assert.Equal("At Noah pumper cyklen hver lørdag", page.FieldValue("Input.Text"));
        Assert.Equal(ScoringFrequency.Weekly, (await App.FindGoalAsync(sub.Id))!.ScoringFrequency);
    }
}
