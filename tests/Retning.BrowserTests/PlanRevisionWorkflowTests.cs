using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// Revising the plan (docs/domain.md, "The individual plan") as a contact-team member meets it on a desktop and on a 768 px tablet: from the
/// plan she evaluates a goal, answers "Skal planen revideres? Ja", sees what must be revised on the
/// plan and the goal's latest evaluation under its theme, marks the revision done with a comment,
/// and evaluates a theme whose result is written under it.
/// </summary>
public sealed class PlanRevisionWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(768, 1024)]
    public async Task A_contact_team_member_evaluates_from_the_plan_says_revise_sees_it_on_the_plan_marks_it_done_and_evaluates_a_theme(int width, int height)
    {
        var (citizenId, goalText) = await ChildWithGoalAsync(width);
        await using var session = await fixture.NewSessionAsync(width, height);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        await session.GotoAsync($"/borgere/{citizenId}/plan");
        var goal = page.Locator(".app-plan-goal", new() { HasText = goalText });
        await Expect(goal.GetByText("Ikke evalueret endnu").First).ToBeVisibleAsync();
        await session.CheckPageAsync("plan-foer-evaluering");
        await goal.Locator(".app-plan-goal-facts").First.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Evaluér") }).ClickAsync();

        await Expect(page.GetByLabel("Hvem deltog")).ToBeVisibleAsync();
        await session.CheckPageAsync("evaluering-fra-planen");
        await page.GetByLabel("Hvem deltog").FillAsync("Mette og Camilla (teammøde)");
        await page.GetByLabel("Sådan var borgeren inddraget").FillAsync("Talt med barnet ved aftensmaden");
        await page.GetByLabel("Kvalitativ evaluering").FillAsync("Barnet hjælper gerne, når opgaven er vist med billeder.");
        await page.GetByLabel("Beslutning").SelectOptionAsync("Continue");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
        await page.GetByLabel("Hvad skal revideres").FillAsync("Tilføj billedstøtte som fagligt greb i planen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem evaluering" }).ClickAsync();
        await Expect(page.GetByText("Evalueringen er gemt.", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("evaluering-gemt");

        // The plan shows what must be revised, and the goal's latest evaluation under its theme.
        await session.GotoAsync($"/borgere/{citizenId}/plan");
        await Expect(page.Locator("#revision")).ToContainTextAsync("Tilføj billedstøtte som fagligt greb i planen");
        var today = Retning.Web.Infrastructure.DanishTime.Today(TimeProvider.System).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(goal.Locator(".app-plan-decision").First).ToHaveTextAsync($"{today}: Fortsæt");
        await session.CheckPageAsync("plan-skal-revideres");

        await page.Locator("#revision").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Se revisionen") }).ClickAsync();
        await Expect(page.GetByLabel("Kommentar")).ToBeVisibleAsync();
        await session.CheckPageAsync("revision");
        await page.GetByLabel("Kommentar").FillAsync("Billedstøtten er drøftet og står allerede under metoder.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Markér som udført" }).ClickAsync();
        await Expect(page.GetByText("Revisionen er markeret som udført.")).ToBeVisibleAsync();
        await Expect(page.Locator("#revision")).ToHaveCountAsync(0);
        await session.CheckPageAsync("plan-revision-udfoert");

        // A theme evaluation, written under its theme.
        var theme = page.Locator(".app-theme-evaluation").First;
        await theme.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Evaluér temaet") }).ClickAsync();
        await Expect(page.GetByLabel("Borgerens udvikling inden for temaet")).ToBeVisibleAsync();
        await session.CheckPageAsync("tema-evaluering");
        await page.GetByLabel("Deltagere").FillAsync("Mette og Camilla");
        await page.GetByLabel("Borgerens inddragelse").FillAsync("Barnet viste selv med billeder");
        await page.GetByLabel("Borgerens udvikling inden for temaet").FillAsync("Barnet tager oftere selv initiativ til at hjælpe.");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Nej", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem evaluering" }).ClickAsync();
        await Expect(page.Locator(".app-theme-evaluation").First).ToContainTextAsync("Barnet tager oftere selv initiativ til at hjælpe.");
        await session.CheckPageAsync("plan-med-temaevaluering");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child in Mette's contact team with a plan, a goal and a sub-goal.</summary>
    private async Task<(Guid CitizenId, string GoalText)> ChildWithGoalAsync(int width)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();

        const string goalText = "At barnet hjælper til ved måltiderne";
        await TestPlans.DailySubGoalAsync(db, citizen, goalText, "At barnet dækker bord til aftensmaden", startedDaysAgo: 30, nextEvaluationOn: today.AddMonths(1));
        await db.SaveChangesAsync();
        return (citizen.Id, goalText);
    }
}
