using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Quality;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The offer head turns a completed round's findings into the improvement plan (standard 1.3 step 4, indicator 9;
/// docs/domain.md, "Quality monitoring"): writes an action from an indicator's finding, moves it to in progress and
/// to done (asked first how it is made to last, nothing typed lost), judges it against the figure, and opens the
/// round's report print view. The round, its sample and the submitted reviews are made in the database.
/// </summary>
public sealed class ImprovementPlanWorkflowTests(BrowserFixture fixture)
{
    private static readonly ReviewRating[] Collaboration = [ReviewRating.Met, ReviewRating.NotMet, ReviewRating.NotMet, ReviewRating.PartlyMet];

    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Offer_head_writes_an_action_from_a_finding_carries_it_through_and_judges_it_against_the_figure(int width)
    {
        var roundId = await CompletedRoundAsync($"Kvalitetsrunde forår ({width} px)");
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        var main = page.Locator("main");
        await new LoginPage(session).SignInAsync("lars@demo.retning.dk", "Lars Bach");

        await session.GotoAsync($"/kvalitet/{roundId}/forbedringsplan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Forbedringsplan");
        var row = main.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^Indikator 7") }) });
        await Expect(row).ToContainTextAsync("1 af 4 (25 %)");
        await session.CheckPageAsync("plan");

        // An action from the finding: the finding and the figure before are filled in from the round.
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Skriv tiltag") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nyt tiltag");
        await Expect(page.Locator("#Input_Finding")).ToHaveValueAsync(new Regex("^Indikator 7: 1 af 4 planer opfyldt"));
        await Expect(page.Locator("#Input_BeforeValue")).ToHaveValueAsync("25");
        await session.CheckPageAsync("nyt-tiltag");
        await page.Locator("#Input_Title").FillAsync("Samarbejdsaftaler med skolerne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem tiltag" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samarbejdsaftaler med skolerne");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Planlagt");
        await session.CheckPageAsync("tiltag");

        var status = page.Locator("#Move_Status");
        var move = page.Locator("#status-form").GetByRole(AriaRole.Button, new() { Name = "Skift status" });
        await status.SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await move.ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("I gang");
        await session.CheckPageAsync("i-gang");

        // Done without saying how it is made to last: the error at the field, the note kept.
        await status.SelectOptionAsync(new SelectOptionValue { Label = "Udført" });
        await page.Locator("#Move_Note").FillAsync("Aftalerne er underskrevet af alle tre skoler.");
        await move.ClickAsync();
        await Expect(page.Locator("#Move_MadeToLast-error")).ToContainTextAsync("sikres implementeret");
        await Expect(page.Locator("#Move_Note")).ToHaveValueAsync("Aftalerne er underskrevet af alle tre skoler.");
        await Expect(status).ToHaveValueAsync(((int)ImprovementActionStatus.Done).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await session.CheckPageAsync("udfoert-fejl");
        await page.Locator("#Move_MadeToLast").FillAsync("Samarbejdet er fast punkt på teammødet hver måned.");
        await move.ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Udført");
        await Expect(main.GetByText("Samarbejdet er fast punkt på teammødet hver måned.").First).ToBeVisibleAsync();
        await session.CheckPageAsync("udfoert");

        // Later: judged against the figure, before → after, and whether it moved.
        await status.SelectOptionAsync(new SelectOptionValue { Label = "Virkning bekræftet" });
        await page.Locator("#Move_AfterValue").FillAsync("62,5");
        await page.Locator("#Move_AfterReadOn").FillAsync(fixture.App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await move.ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Virkning bekræftet");
        await Expect(main.GetByText(new Regex("^Før: 25 %.* → Efter: 62,5 %"))).ToBeVisibleAsync();
        await Expect(main.GetByText("✓ Rykket som ønsket.")).ToBeVisibleAsync();
        await Expect(main.Locator(".app-figure-move svg[role='img']")).ToHaveAttributeAsync("aria-label", "Tallet før: 25 %; efter: 62,5 %");
        await Expect(page.Locator("#historik tbody tr")).ToHaveCountAsync(4);
        await session.CheckPageAsync("vurderet");

        // The plan lists the action under its indicator; the report prints the round.
        await page.GetByRole(AriaRole.Link, new() { Name = "Forbedringsplan", Exact = true }).First.ClickAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Samarbejdsaftaler med skolerne" })).ToBeVisibleAsync();
        await session.CheckPageAsync("plan-med-tiltag");
        await main.GetByRole(AriaRole.Link, new() { Name = "Rundens rapport" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/kvalitet/{roundId}/rapport$"));
        await Expect(page.GetByText("Samarbejdsaftaler med skolerne").First).ToBeVisibleAsync();
        await session.CheckPageAsync("rapport");
        session.AssertEveryPageChecked();
    }

    /// <summary>
    /// A completed round on Mågen: four sampled plans with the quality officer's submitted reviews, indicator 7 met in
    /// one, partly met in one, not met in two (as ImprovementTestData in the integration tests).
    /// </summary>
    private async Task<Guid> CompletedRoundAsync(string title)
    {
        var app = fixture.App;
        await using var db = app.CreateSystemDbContext();
        var reviewer = await db.Users.Where(u => u.Email == "kvalitet@demo.retning.dk").Select(u => u.Id).SingleAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var samples = new List<RoundSample>();
        for (var i = 0; i < Collaboration.Length; i++)
        {
            var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk");
            await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
            var plan = await TestPlans.DailySubGoalAsync(db, citizen, $"At barnet kommer i skole ({title}, {i + 1})", "Barnet møder til tiden", startedDaysAgo: 200);
            samples.Add(new RoundSample { CitizenId = citizen.Id, PlanId = plan.PlanId, DepartmentId = citizen.DepartmentId, Position = i + 1 });
        }

        var departmentId = samples[0].DepartmentId;
        var regionId = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Offer!.RegionId).SingleAsync();
        var round = new MonitoringRound
        {
            RegionId = regionId, Title = title, PeriodFrom = app.Today.AddMonths(-6), PeriodTo = app.Today.AddDays(-1), DueOn = app.Today.AddMonths(1),
            CreatedByUserId = reviewer, CreatedUtc = now, ReviewerUserId = reviewer, SampleSize = samples.Count, Seed = 4711, SampledUtc = now,
            CompletedOn = app.Today, CompletedByUserId = reviewer, Conclusion = "Samarbejdet med eksterne aktører skal styrkes.",
            Departments = [new RoundDepartment { DepartmentId = departmentId }],
        };
        db.MonitoringRounds.Add(round);
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            sample.RoundId = round.Id;
            db.RoundSamples.Add(sample);
            db.PlanReviews.Add(new PlanReview
            {
                SampleId = sample.Id, RoundId = round.Id, CitizenId = sample.CitizenId, Role = ReviewerRole.First, ReviewerUserId = reviewer,
                Coherence = ReviewRating.Met, Results = ReviewRating.Met, Collaboration = Collaboration[i], Involvement = ReviewRating.Met,
                SavedUtc = now, SubmittedUtc = now,
            });
        }

        await db.SaveChangesAsync();
        return round.Id;
    }
}
