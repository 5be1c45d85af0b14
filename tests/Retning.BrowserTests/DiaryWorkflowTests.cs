using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>A shift's documentation on a tablet (docs/domain.md, "Diary notes and scores"): a scored sub-goal note from the citizen list in two steps.</summary>
public sealed class DiaryWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    [Fact]
    public async Task Care_worker_on_a_tablet_writes_a_scored_note_from_the_citizen_list_keeps_her_text_through_an_error_and_sees_the_point_on_the_sub_goal()
    {
        var (citizen, subGoalId) = await CitizenWithDailySubGoalAsync("At barnet børster tænder selv om aftenen");
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        // Step 1: the citizen list's "Skriv notat" on the citizen's row.
        var list = await new CitizenListPage(session).OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Skriv notat om {citizen.FullName}" }).ClickAsync();
        var form = new DiaryNotePage(session);
        await form.ExpectLoadedAsync("notat-formular");
        await ExpectNoHorizontalOverflowAsync(page, "notatformularen");

        // A forgotten score: the message is at the field and the text stays.
        await form.WhatWasDone.FillAsync("Vi børstede tænder sammen; han holdt selv børsten det meste af tiden.");
        await form.Effect.FillAsync("Roligere sengetid");
        await form.SaveButton.ClickAsync();
        await Expect(form.FieldError("Score")).ToContainTextAsync("Vælg borgerens støttebehov");
        await Expect(form.WhatWasDone).ToHaveValueAsync("Vi børstede tænder sammen; han holdt selv børsten det meste af tiden.");
        await Expect(form.Effect).ToHaveValueAsync("Roligere sengetid");
        await session.CheckPageAsync("notat-fejl");

        // Step 2: the score, and save — back on the list for the next citizen.
        await form.Score("Moderat").CheckAsync();
        await form.SaveButton.ClickAsync();
        await Expect(page.GetByText("Notatet er gemt.")).ToBeVisibleAsync();
        await list.ExpectLoadedAsync("notat-gemt");
        Assert.Null(await page.EvaluateAsync<string?>("k => sessionStorage.getItem(k)", $"retning-kladde:{citizen.Id}:SubGoal"));

        // The sub-goal shows the new point in its chart and table, and the response rate.
        await session.GotoAsync($"/borgere/{citizen.Id}/delmaal/{subGoalId}");
        await Expect(page.Locator("main table").Filter(new() { HasText = "Moderat" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Svarprocent").First).ToBeVisibleAsync();
        await Expect(page.Locator("main img[src*='graf.svg'], main svg").First).ToBeVisibleAsync();
        await session.CheckPageAsync("delmaal-med-score");
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task A_note_typed_when_the_session_was_lost_is_restored_after_logging_in_again()
    {
        var (citizen, _) = await CitizenWithDailySubGoalAsync("At barnet tager selv overtøj på");
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
        await session.GotoAsync($"/borgere/{citizen.Id}/dagbog/ny");
        var form = new DiaryNotePage(session);
        await form.ExpectLoadedAsync("notat-formular");
        await form.Score("Let").CheckAsync();
        await form.WhatWasDone.FillAsync("Jakken og skoene selv; hjælp til lynlåsen.");

        // The session is gone (idle timeout, cookies cleared) when she presses save.
        await session.Context.ClearCookiesAsync();
        await form.SaveButton.ClickAsync();
        var login = new LoginPage(session);
        await login.ExpectLoadedAsync("log-ind-igen");
        await login.SubmitAsync(Mette, Retning.Data.Demo.DemoData.Password);

        await form.ExpectLoadedAsync("notat-gendannet");
        await Expect(form.DraftRestored).ToBeVisibleAsync();
        await Expect(form.WhatWasDone).ToHaveValueAsync("Jakken og skoene selv; hjælp til lynlåsen.");
        await Expect(form.Score("Let")).ToBeCheckedAsync();
        await form.SaveButton.ClickAsync();
        await Expect(page.GetByText("Notatet er gemt.")).ToBeVisibleAsync();
        await session.CheckPageAsync("notat-gemt-efter-login");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child (Camilla's) gets a plan with a daily-scored sub-goal begun a week ago.</summary>
    private async Task<(DemoCitizen Citizen, Guid SubGoalId)> CitizenWithDailySubGoalAsync(string subGoalText)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var entity = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "camilla@demo.retning.dk");
        await db.Entry(entity).Reference(c => c.Department).LoadAsync();
        var plan = await TestPlans.DailySubGoalAsync(db, entity, "At barnet klarer sin aftenrutine", subGoalText, startedDaysAgo: 7);
        return (new DemoCitizen(entity.Id, entity.FirstName, entity.LastName, entity.CprDigits), plan.SubGoalId);
    }

    private static async Task ExpectNoHorizontalOverflowAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page '{where}' is {widths[0]} px wide in a {widths[1]} px window: it scrolls sideways.");
    }
}
