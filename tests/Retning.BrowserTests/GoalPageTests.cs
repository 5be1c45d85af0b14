using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Evaluations;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// Opening a goal shows it to read — purpose, dates, SMARTE advice, the latest evaluation, its
/// sub-goals — and "Redigér målet" opens the form, at 1280 px and on a 768 px tablet.
/// </summary>
public sealed class GoalPageTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(768, 1024)]
    public async Task Contact_team_member_reads_a_goal_then_edits_it_from_its_page(int width, int height)
    {
        var (citizenId, goalId) = await EvaluatedGoalAsync(width);
        await using var session = await fixture.NewSessionAsync(width, height);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        await session.GotoAsync($"/borgere/{citizenId}/maal/{goalId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Seneste evaluering" })).ToBeVisibleAsync();
        await Expect(page.Locator("#evaluering")).ToContainTextAsync("Fortsæt");
        await Expect(page.Locator("#smort-heading")).ToHaveTextAsync("SMARTE-tjek");
        await Expect(page.Locator("#goal-form")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "At barnet lægger penalhuset i skoletasken" })).ToBeVisibleAsync();
        await ExpectNoHorizontalOverflowAsync(page, "målets side");
        await session.CheckPageAsync("maal-laesevisning");

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér målet" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(session.Url($"/borgere/{citizenId}/maal/{goalId}/rediger"));
        await Expect(page.Locator("#Input_Text")).ToBeVisibleAsync();
        await ExpectNoHorizontalOverflowAsync(page, "redigér målet");
        await session.CheckPageAsync("maal-rediger");

        var text = $"At barnet rydder sit skrivebord efter lektierne fire ud af fem dage om ugen ({width} px)";
        await page.Locator("#Input_Text").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem målet" }).ClickAsync();
        await Expect(page.GetByText("Målet er gemt.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(session.Url($"/borgere/{citizenId}/maal/{goalId}"));
        await Expect(page.Locator("h2.app-goal-heading")).ToContainTextAsync(text);
        await session.CheckPageAsync("maal-gemt");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child in Mette's contact team gets a goal with a daily sub-goal and one evaluation of the goal.</summary>
    private async Task<(Guid CitizenId, Guid GoalId)> EvaluatedGoalAsync(int width)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = fixture.App.CreateSystemDbContext();
        var mette = await db.Users.Where(u => u.Email == Mette).Select(u => u.Id).SingleAsync();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();

        var plan = await TestPlans.DailySubGoalAsync(db, citizen, "At barnet rydder sit skrivebord efter lektierne", "At barnet lægger penalhuset i skoletasken",
            startedDaysAgo: 30);
        db.Evaluations.Add(new Evaluation
        {
            CitizenId = citizen.Id, GoalId = plan.GoalId, EvaluatedOn = today.AddDays(-2), PeriodFrom = today.AddDays(-30), PeriodTo = today.AddDays(-2),
            Participants = "Mette og Camilla", CitizenInvolvement = "Talt med barnet efter aftensmaden",
            Qualitative = "Barnet rydder oftere op selv, især når en voksen sidder med ved lektierne.",
            Decision = EvaluationDecision.Continue, NextEvaluationOn = today.AddMonths(2), AuthorId = mette, AuthorName = "Mette Kjær",
            CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (citizen.Id, plan.GoalId);
    }

    private static async Task ExpectNoHorizontalOverflowAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page '{where}' is {widths[0]} px wide in a {widths[1]} px window: it scrolls sideways.");
    }
}
