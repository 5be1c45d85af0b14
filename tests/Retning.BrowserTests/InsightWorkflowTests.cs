using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// An offer head asks "does our work help, and are we on time?" (docs/domain.md, "Management
/// information"): opens Ledelsesinformation from the menu, changes the period and a filter, reads a
/// figure's definition, opens the figure, the rows behind it, and from a row the goal and its plan.
/// </summary>
public sealed class InsightWorkflowTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Offer_head_reads_a_figure_down_to_the_goal_and_its_plan(int width)
    {
        await ChildWithAGoalAsync($"At barnet cykler til skole ({width} px)");
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync("lars@demo.retning.dk", "Lars Bach");
        var shell = new AppShell(session);
        var insight = new InsightScreen(session);

        await shell.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Ledelsesinformation" }).ClickAsync();
        await insight.ExpectOverviewAsync("oversigt");
        await Expect(insight.Figure("maal").Locator("td").First).ToHaveTextAsync(new Regex(@"^\s*\d+ mål"));

        // Another period and a filter: the address carries the view.
        await insight.Period.SelectOptionAsync("kvartal");
        await insight.Area.SelectOptionAsync("boern");
        await insight.Show.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("periode=kvartal.*omraade=boern"));
        await insight.ExpectOverviewAsync("kvartal-boern");
        await insight.Period.SelectOptionAsync("12-maaneder");
        await insight.Show.ClickAsync();
        await insight.ExpectOverviewAsync("12-maaneder-boern");

        // The definition is one click away.
        var goals = insight.Figure("maal");
        await goals.GetByText("Definition").ClickAsync();
        await Expect(goals.GetByText("Hvad tælles")).ToBeVisibleAsync();
        await session.CheckPageAsync("definition");

        // The figure, the rows behind it, a goal, its plan.
        await goals.GetByRole(AriaRole.Link, new() { Name = "Aktive mål" }).ClickAsync();
        await insight.ExpectFigureAsync("Aktive mål", "aktive-maal");

        // Each table has its chart beside it, with a text alternative naming the numbers.
        var breakdownChart = page.Locator("#graf-opdelt [role='img']");
        await Expect(breakdownChart).ToHaveAttributeAsync("aria-label", new Regex("^Søjlediagram med antallet pr. linje: Aktive mål opdelt efter afdeling"));
        await Expect(breakdownChart.Locator("svg")).ToBeVisibleAsync();
        var monthChart = page.Locator("#graf-maaneder [role='img']");
        await Expect(monthChart).ToHaveAttributeAsync("aria-label", new Regex(@"^Kurve over antallet måned for måned: Aktive mål måned for måned.* \d+ mål\."));
        await Expect(monthChart.Locator("svg")).ToBeVisibleAsync();
        await page.Locator("#tal-total").GetByRole(AriaRole.Link, new() { Name = "Vis rækkerne" }).First.ClickAsync();
        await Expect(insight.Rows.First).ToBeVisibleAsync();
        await session.CheckPageAsync("raekker");
        var goalLink = insight.Rows.First.Locator("td a").First;
        await Expect(goalLink).ToHaveTextAsync(new Regex("^Mål: "));
        await goalLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/borgere/[0-9a-f-]{36}/maal/[0-9a-f-]{36}$"));
        await session.CheckPageAsync("maalet");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Plan", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/borgere/[0-9a-f-]{36}/plan$"));
        await session.CheckPageAsync("planen");

        // A share figure: its chart draws the percentage per line on the same page checks.
        await session.GotoAsync("/ledelsesinformation/tal/borgerens-deltagelse");
        await Expect(page.Locator("#graf-opdelt [role='img']")).ToHaveAttributeAsync("aria-label", new Regex("^Søjlediagram med andelen pr. linje: Mål med borgerens deltagelse"));
        await insight.ExpectFigureAsync("Mål med borgerens deltagelse", "borgerens-deltagelse");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child (Lars's offer) with a goal and a daily sub-goal begun 30 days ago.</summary>
    private async Task ChildWithAGoalAsync(string subGoalText)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk");
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
        await TestPlans.DailySubGoalAsync(db, citizen, "At barnet kommer selv i skole", subGoalText, startedDaysAgo: 30);
        await db.SaveChangesAsync();
    }
}
