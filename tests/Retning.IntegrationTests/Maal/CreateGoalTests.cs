using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>/borgere/{id}/maal/ny: goals and sub-goals through the real forms; bad input gets Danish messages and nothing typed is lost.</summary>
public sealed class CreateGoalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string FirstTheme(HtmlPage page) =>
        page.Document.QuerySelectorAll("#Input_ThemeKey option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

    [Fact]
    public async Task Without_a_plan_the_goal_pages_say_so_and_link_to_the_plan()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);

        foreach (var url in new[] { $"/borgere/{citizen.Id}/maal", $"/borgere/{citizen.Id}/maal/ny" })
        {
            var page = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("ingen individuel plan", page.MainText, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector($"main a[href='/borgere/{citizen.Id}/plan']"));
            Assert.Null(page.Document.QuerySelector("#goal-form"));
        }
    }

    [Fact]
    public async Task A_contact_team_member_creates_a_goal_and_a_sub_goal_with_an_indicator_through_the_forms()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var purposeId = await App.AddPurposeAsync(citizen.Id);

        // The new goal form starts today, evaluated every 3 months, realism not yet judged.
        var form = (await mette.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("2026-03-02", form.FieldValue("Input.StartOn"));
        Assert.Equal("3", form.FieldValue("Input.EvaluationIntervalMonths"));
        Assert.Equal(GoalInputValues.NotJudged, form.FieldValue("Input.Realistic"));
        Assert.NotNull(form.Document.QuerySelector("fieldset legend"));
        var theme = FirstTheme(form);
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ThemeKey"] = theme,
            ["Input.PurposeId"] = purposeId.ToString(),
            ["Input.Text"] = "At Emil smører sin egen madpakke tre dage om ugen",
            ["Input.Rationale"] = "Handleplanen pkt. 2 (selvhjulpenhed).\nKRAP: små, succesfulde skridt.",
            ["Input.EndOn"] = "2026-09-30",
            ["Input.Measure"] = "Antal dage om ugen, hvor Emil selv smører madpakken",
            ["Input.CitizenParticipation"] = "Emil valgte selv målet til samtalen med kontaktpersonen.",
            ["Input.Realistic"] = "ja",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"A valid goal should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches($"^/borgere/{citizen.Id}/maal/[0-9a-f-]{{36}}$", location);
        var goalId = Guid.Parse(location[^36..]);
        var goal = (await App.FindGoalAsync(goalId))!;
        Assert.Null(goal.ParentGoalId);
        Assert.Equal(theme, goal.ThemeKey);
        Assert.Equal(purposeId, goal.PurposeId);
        Assert.Equal("Handleplanen pkt. 2 (selvhjulpenhed).\nKRAP: små, succesfulde skridt.", goal.Rationale);
        Assert.Equal(GoalType.Develop, goal.Type);
        Assert.Equal(GoalState.Active, goal.State);
        Assert.Equal(new DateOnly(2026, 3, 2), goal.StartOn);
        Assert.Equal(new DateOnly(2026, 9, 30), goal.EndOn);
        Assert.Equal(3, goal.EvaluationIntervalMonths);
        Assert.Equal(new DateOnly(2026, 6, 2), goal.NextEvaluationOn); // start + interval
        Assert.True(goal.StaffFindRealistic);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, citizen.Id, "Mål: oprettet"), (row.Action, row.CitizenId, row.Subject));

        var shown = (await mette.GetPageAsync(location)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Målet er oprettet.", shown.MainText, StringComparison.Ordinal);
        Assert.Equal("SMARTE: 6 af 6 i orden", shown.Document.QuerySelector("#smort-panel .app-smort-headline")?.TextContent.Trim());

        // A sub-goal under it: theme and purpose follow the goal, the offer's default scale is chosen.
        var subForm = (await mette.GetPageAsync($"/borgere/{citizen.Id}/maal/ny?overordnet={goalId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(goalId.ToString(), subForm.FieldValue("Input.ParentGoalId"));
        Assert.Equal(theme, subForm.FieldValue("Input.ThemeKey"));
        Assert.Equal(purposeId.ToString(), subForm.FieldValue("Input.PurposeId"));
        var defaultScale = subForm.FieldValue("Input.IndicatorScaleId");
        Assert.False(string.IsNullOrEmpty(defaultScale));
        Assert.Contains("(standard)", subForm.Document.QuerySelector("#Input_IndicatorScaleId option[selected]")!.TextContent, StringComparison.Ordinal);
        before = await App.LastAuditIdAsync();

        var subResponse = await subForm.SubmitAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "At Emil smører madpakke mandag, onsdag og fredag med guidning",
            ["Input.ScoringFrequency"] = nameof(ScoringFrequency.Weekly),
            ["Input.EndOn"] = "2026-06-30",
            ["Input.EvaluationIntervalMonths"] = "1",
            ["Input.Realistic"] = "ja",
        });

        Assert.True(subResponse.StatusCode == HttpStatusCode.Redirect,
            $"A valid sub-goal should redirect, got {(int)subResponse.StatusCode}: {BrowserlessClient.ErrorTexts(await subResponse.Content.ReadAsStringAsync())}");
        var subId = Guid.Parse(subResponse.Headers.Location!.OriginalString[^36..]);
        var sub = (await App.FindGoalAsync(subId))!;
        Assert.Equal(goalId, sub.ParentGoalId);
        Assert.Equal(Guid.Parse(defaultScale!), sub.IndicatorScaleId);
        Assert.Equal(ScoringFrequency.Weekly, sub.ScoringFrequency);
        Assert.Equal(new DateOnly(2026, 4, 2), sub.NextEvaluationOn);
        row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Delmål: oprettet"), (row.Action, row.Subject));

        // The list shows the goal with its sub-goal, indicator and frequency.
        var list = (await mette.GetPageAsync($"/borgere/{citizen.Id}/maal")).AssertStatus(HttpStatusCode.OK);
        var card = list.Document.QuerySelector($"article[aria-labelledby='maal-{goalId}']")!;
        Assert.Contains("At Emil smører sin egen madpakke tre dage om ugen", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("SMARTE: 6 af 6 i orden", card.TextContent, StringComparison.Ordinal);
        var subRow = card.QuerySelector("tbody tr")!;
        Assert.Contains("Støttebehov (Fælles Faglige Begreber)", subRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ugentligt", subRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(subRow.QuerySelector($"a[href='/borgere/{citizen.Id}/delmaal/{subId}']"));

        // The sub-goal's page shows its scale's levels with their meaning, and how often it is scored.
        var subPage = (await mette.GetPageAsync($"/borgere/{citizen.Id}/delmaal/{subId}")).AssertStatus(HttpStatusCode.OK);
        var levels = subPage.Document.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["Fuldstændigt", "Højt", "Moderat", "Let", "Intet"], levels);
        Assert.Contains("Borgeren klarer det selv uden støtte.", subPage.MainText, StringComparison.Ordinal);
        Assert.Contains("ugentligt", subPage.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluation_interval_of_four_months_is_refused_and_everything_typed_is_kept()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var goalsBefore = (await App.GoalsOfAsync(citizen.Id)).Count;
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var page = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ThemeKey"] = FirstTheme(form),
            ["Input.Text"] = "At Laura går i skole fire dage om ugen",
            ["Input.Rationale"] = "Linje 1\nLinje 2",
            ["Input.Type"] = nameof(GoalType.Maintain),
            ["Input.EndOn"] = "2026-12-31",
            ["Input.EvaluationIntervalMonths"] = "4",
            ["Input.Measure"] = "Fremmøde i skolens system",
            ["Input.Realistic"] = "nej",
            ["Input.SmortNote"] = "Vi beholder ordlyden, fordi Laura selv har formuleret den.",
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Mål og delmål evalueres mindst hver 3. måned. Vælg 1, 2 eller 3 måneder.", page.FieldError("Input.EvaluationIntervalMonths"));
        Assert.Contains("Mål og delmål evalueres mindst hver 3. måned. Vælg 1, 2 eller 3 måneder.", page.ErrorSummary);
        Assert.Equal("4", page.FieldValue("Input.EvaluationIntervalMonths"));
        Assert.Equal("At Laura går i skole fire dage om ugen", page.FieldValue("Input.Text"));
        Assert.Equal("Linje 1\nLinje 2", page.FieldValue("Input.Rationale")!.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(nameof(GoalType.Maintain), page.FieldValue("Input.Type"));
        Assert.Equal("2026-12-31", page.FieldValue("Input.EndOn"));
        Assert.Equal("Fremmøde i skolens system", page.FieldValue("Input.Measure"));
        Assert.Equal("nej", page.FieldValue("Input.Realistic"));
        Assert.Equal("Vi beholder ordlyden, fordi Laura selv har formuleret den.", page.FieldValue("Input.SmortNote"));
        // The SMORT panel agrees: E is to be corrected.
        Assert.Equal("NotMet", page.Document.QuerySelector("#smort-panel li[data-letter=E]")?.GetAttribute("data-verdict"));
        Assert.Equal(goalsBefore, (await App.GoalsOfAsync(citizen.Id)).Count);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, "Mål: nyt mål (fejl i formular)"), (row.Action, row.Subject));
    }

    [Fact]
    public async Task Dates_that_do_not_fit_are_refused_with_Danish_messages_at_the_fields()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);

        var page = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ThemeKey"] = FirstTheme(form),
            ["Input.Text"] = "At Laura går i skole fire dage om ugen",
            ["Input.EndOn"] = "2026-03-01",
            ["Input.NextEvaluationOn"] = "2026-06-03",
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Slutdatoen skal ligge efter startdatoen.", page.FieldError("Input.EndOn"));
        Assert.Equal("Næste evaluering må højst ligge 3 måneder fremme, dvs. senest 02-06-2026.", page.FieldError("Input.NextEvaluationOn"));

        var empty = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ThemeKey"] = "",
            ["Input.Text"] = " ",
            ["Input.StartOn"] = "",
            ["Input.EvaluationIntervalMonths"] = "",
        });
        Assert.Equal("Vælg tema.", empty.FieldError("Input.ThemeKey"));
        Assert.Equal("Skriv, hvad målet er.", empty.FieldError("Input.Text"));
        Assert.Equal("Angiv startdato.", empty.FieldError("Input.StartOn"));
        Assert.Equal("Angiv, hvor ofte målet evalueres: hver 1., 2. eller 3. måned.", empty.FieldError("Input.EvaluationIntervalMonths"));
    }

    [Fact]
    public async Task A_sub_goal_without_indicator_or_scoring_frequency_is_refused_and_keeps_the_input()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Mads deltager i madlavningen to gange om ugen");
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny?overordnet={goal.Id}")).AssertStatus(HttpStatusCode.OK);
        var goalsBefore = (await App.GoalsOfAsync(citizen.Id)).Count;

        var page = await form.SubmitForPageAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "At Mads skræller kartofler hver tirsdag",
            ["Input.IndicatorScaleId"] = "",
            ["Input.ScoringFrequency"] = "",
            ["Input.CitizenParticipation"] = "Mads foreslog kartoflerne.",
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg den indikator, delmålet scores på.", page.FieldError("Input.IndicatorScaleId"));
        Assert.Equal("Vælg, hvor ofte delmålet scores: dagligt, ugentligt eller månedligt.", page.FieldError("Input.ScoringFrequency"));
        Assert.Equal("At Mads skræller kartofler hver tirsdag", page.FieldValue("Input.Text"));
        Assert.Equal("Mads foreslog kartoflerne.", page.FieldValue("Input.CitizenParticipation"));
        Assert.Equal(goal.Id.ToString(), page.FieldValue("Input.ParentGoalId"));
        Assert.Contains("Nyt delmål", page.Document.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(goalsBefore, (await App.GoalsOfAsync(citizen.Id)).Count);
    }

    [Fact]
    public async Task A_sub_goal_cannot_hang_under_a_sub_goal_or_another_citizens_goal()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3, inContactTeam: DemoUsers.Mette);
        var other = await App.NthCitizenAsync(DemoUsers.Maagen, 4, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Mads cykler til skole hver dag");
        var sub = await App.AddGoalAsync(citizen.Id, "At Mads pumper sin cykel hver søndag", goal.Id);
        var othersGoal = await App.AddGoalAsync(other.Id, "At Sara går tur hver dag");

        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen.Id}/maal/ny?overordnet={sub.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen.Id}/maal/ny?overordnet={othersGoal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen.Id}/maal/ny?overordnet={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_goal_beyond_the_service_descriptions_limit_is_created_and_the_limit_is_shown()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 5, inContactTeam: DemoUsers.Mette);
        await App.AddGoalAsync(citizen.Id, "At Ida tager bussen til skole hver morgen");
        await App.SetRulesAsync(citizen.Id, maxGoals: 1, maxSubGoals: null);
        try
        {
            var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Planen får 2 aktive mål; ydelsesbeskrivelsen giver plads til 1.", form.MainText, StringComparison.Ordinal);

            var response = await form.SubmitAsync("#goal-form", new Dictionary<string, string?>
            {
                ["Input.ThemeKey"] = FirstTheme(form),
                ["Input.Text"] = "At Ida ringer til sin mor hver søndag",
            });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var shown = await anne.GetPageAsync(response.Headers.Location!.OriginalString);
            Assert.Contains("Målet er oprettet. Bemærk: Planen får 2 aktive mål; ydelsesbeskrivelsen giver plads til 1.", shown.MainText, StringComparison.Ordinal);
            var list = await anne.GetPageAsync($"/borgere/{citizen.Id}/maal");
            Assert.Contains("Planen har 2 aktive mål; ydelsesbeskrivelsen giver plads til 1.", list.MainText, StringComparison.Ordinal);
        }
        finally
        {
            await App.SetRulesAsync(citizen.Id, maxGoals: null, maxSubGoals: null);
        }
    }

    [Fact]
    public async Task The_goal_list_shows_missing_required_goal_kinds_and_filters_active_and_all()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 6, inContactTeam: DemoUsers.Mette);
        var open = await App.AddGoalAsync(citizen.Id, "At Noah spiller fodbold hver onsdag");
        var achieved = await App.AddGoalAsync(citizen.Id, "At Noah cykler til træning hver onsdag", configure: g => g.State = GoalState.Achieved);

        var active = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(active.Document.QuerySelector($"article[aria-labelledby='maal-{open.Id}']"));
        Assert.Null(active.Document.QuerySelector($"article[aria-labelledby='maal-{achieved.Id}']"));
        // The children's homes' local guideline (docs/domain.md, "The individual plan"), children: goals on schooling and on social relations are required; the list says what is missing.
        Assert.Contains("Planen mangler et mål om skolegang eller uddannelse.", active.MainText, StringComparison.Ordinal);

        var all = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal?vis=alle")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(all.Document.QuerySelector($"article[aria-labelledby='maal-{achieved.Id}']"));
        Assert.Equal("page", all.Document.QuerySelector("a[href$='?vis=alle']")!.GetAttribute("aria-current"));
    }
}

/// <summary>The values of the realism radio buttons.</summary>
internal static class GoalInputValues
{
    public const string NotJudged = "ikke-vurderet";
}
