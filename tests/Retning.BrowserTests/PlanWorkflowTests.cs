using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>A contact-team member builds a child's plan from purpose to sub-goal and closes a period (docs/domain.md, "The individual plan", "Periods").</summary>
public sealed class PlanWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    [Fact]
    public async Task Contact_team_member_builds_a_childs_plan_from_purpose_to_sub_goal_and_closes_a_period()
    {
        var citizenId = await ChildInMettesContactTeamWithoutPlanAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        // 1. The municipality's purpose.
        await session.GotoAsync($"/borgere/{citizenId}/formaal");
        await Expect(page.GetByText("Formål mangler")).ToBeVisibleAsync();
        await session.CheckPageAsync("formaal-mangler");
        await page.Locator("#Input_Title").FillAsync("Skolegang");
        await page.Locator("#Input_Text").FillAsync("At barnet får en stabil skolegang og trives i klassen.");
        await page.Locator("#Input_ReceivedOn").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_Source").SelectOptionAsync("ActionPlan140");
        await page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Samfundsliv" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj formål" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Skolegang" })).ToBeVisibleAsync();
        await session.CheckPageAsync("formaal-tilfoejet");

        // 2. The plan, on the children's template because of the age.
        await session.GotoAsync($"/borgere/{citizenId}/plan");
        await session.CheckPageAsync("ingen-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret plan" }).ClickAsync();
        await Expect(page.GetByText("ICS").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Skoleforhold" })).ToBeVisibleAsync();
        await session.CheckPageAsync("plan-oprettet");

        // 3. A goal: the SMORT advice turns as the avoidance wording is rewritten.
        await session.GotoAsync($"/borgere/{citizenId}/maal/ny");
        await session.CheckPageAsync("nyt-maal");
        await page.Locator("#Input_ThemeKey").SelectOptionAsync("skole");
        await page.Locator("#Input_PurposeId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_EndOn").FillAsync(today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var letterO = page.Locator("[data-letter='O']");
        await page.Locator("#Input_Text").FillAsync("At barnet ikke kommer for sent i skole");
        await Expect(letterO).ToHaveAttributeAsync("data-verdict", "NotMet");
        await session.CheckPageAsync("smort-undgaa");
        await page.Locator("#Input_Text").FillAsync("At barnet møder til tiden i skole fire dage om ugen");
        await Expect(letterO).Not.ToHaveAttributeAsync("data-verdict", "NotMet");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
        await Expect(letterO).ToHaveAttributeAsync("data-verdict", "Met");
        await session.CheckPageAsync("smort-omskrevet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mål" }).ClickAsync();
        await Expect(page.GetByText("At barnet møder til tiden i skole fire dage om ugen").First).ToBeVisibleAsync();
        await session.CheckPageAsync("maal-oprettet");
        var goalId = GoalIdFrom(page.Url);

        // 4. A sub-goal with an indicator and a scoring frequency.
        await session.GotoAsync($"/borgere/{citizenId}/maal/ny?overordnet={goalId}");
        await session.CheckPageAsync("nyt-delmaal");
        await page.Locator("#Input_Text").FillAsync("At barnet pakker skoletasken selv om aftenen");
        await page.Locator("#Input_EndOn").FillAsync(today.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_ScoringFrequency").SelectOptionAsync("Daily");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret delmål" }).ClickAsync();
        await Expect(page.GetByText("At barnet pakker skoletasken selv om aftenen").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Støttebehov").First).ToBeVisibleAsync();
        await session.CheckPageAsync("delmaal-oprettet");

        // 5. The period closes (the plan was begun weeks ago), and its snapshot opens.
        await BackdateOpenPeriodAsync(citizenId, today.AddDays(-21));
        await session.GotoAsync($"/borgere/{citizenId}/plan/perioder");
        await session.CheckPageAsync("perioder");
        await page.Locator("#Reviewed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Luk periode 1" }).ClickAsync();
        await Expect(page.GetByText("Luk periode 2")).ToBeVisibleAsync();
        await session.CheckPageAsync("periode-lukket");
        await session.GotoAsync($"/borgere/{citizenId}/plan/perioder/1");
        await Expect(page.GetByText("At barnet møder til tiden i skole fire dage om ugen").First).ToBeVisibleAsync();
        await Expect(page.GetByText("At barnet pakker skoletasken selv om aftenen").First).ToBeVisibleAsync();
        await session.CheckPageAsync("snapshot");
        session.AssertEveryPageChecked();
    }

    private static Guid GoalIdFrom(string url)
    {
        var marker = "/maal/";
        var start = url.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return Guid.Parse(url.AsSpan(start, 36));
    }

    private async Task<Guid> ChildInMettesContactTeamWithoutPlanAsync()
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var mette = await db.Users.Where(u => u.Email == Mette).Select(u => u.Id).SingleAsync();
        var adultFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-17);
        var candidates = await db.Citizens.AsNoTracking()
            .Where(c => c.Department!.Name == DemoLookup.Maagen && c.DischargedOn == null && c.BirthDate > adultFrom)
            .Where(c => db.ContactTeamMembers.Any(m => m.CitizenId == c.Id && m.UserId == mette))
            .Where(c => !db.Plans.Any(p => p.CitizenId == c.Id) && !db.Purposes.Any(p => p.CitizenId == c.Id))
            .Select(c => c.Id)
            .ToListAsync();
        return fixture.ClaimCitizen(candidates, "child in Mette's contact teams without a plan");
    }

    private async Task BackdateOpenPeriodAsync(Guid citizenId, DateOnly startedOn)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var period = await db.PlanPeriods.SingleAsync(p => p.ClosedOn == null && db.Plans.Any(x => x.Id == p.PlanId && x.CitizenId == citizenId));
        period.StartedOn = startedOn;
        await db.SaveChangesAsync();
    }
}
