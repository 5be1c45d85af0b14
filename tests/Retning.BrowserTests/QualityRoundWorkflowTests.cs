using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Quality;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The quality officer runs a monitoring round (standard 1.3 step 3; docs/domain.md, "Quality monitoring"): plans a
/// round on Mågen through the form, draws the sample (first too large: the Danish error at the field, nothing typed
/// lost), sees the sample on the round page, opens the results and the plans behind one count, and completes the round
/// with a conclusion. The reviews themselves are submitted in the database (the review form has its own test).
/// </summary>
public sealed class QualityRoundWorkflowTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Quality_officer_plans_a_round_draws_the_sample_reads_the_results_and_completes_it(int width)
    {
        await PlansOnMaagenAsync(width);
        var title = $"Kvalitetsovervågning 2026, Mågen ({width} px)";
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        var main = page.Locator("main");
        await new LoginPage(session).SignInAsync("kvalitet@demo.retning.dk", "Birgitte Møller");

        await session.GotoAsync("/kvalitet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kvalitetsovervågning");
        await session.CheckPageAsync("oversigt");

        // A new round: title, Mågen, the suggested period, the officer as reviewer by default.
        await page.Locator("#ny-runde").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny kvalitetsrunde");
        await Expect(page.Locator("#Input_ReviewerUserId option:checked")).ToContainTextAsync("Birgitte Møller");
        await Expect(page.Locator("#Input_PeriodTo")).ToHaveValueAsync(fixture.App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#Input_Title-hint")).ToHaveTextAsync("Fx \"Kvalitetsovervågning 2026, Mågen\".");
        await session.CheckPageAsync("ny-runde");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = DemoLookup.MaagenLabel }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret runde" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.Locator("#fremdrift")).ToHaveTextAsync("Stikprøven er ikke trukket");
        var roundId = Guid.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);
        await session.CheckPageAsync("runde");

        // Too large a sample: the Danish error at the field, the typed values kept.
        await main.GetByRole(AriaRole.Link, new() { Name = "Træk stikprøven" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Træk stikprøven");
        var hint = await page.Locator("#Input_SampleSize-hint").TextContentAsync() ?? "";
        var population = int.Parse(Regex.Match(hint, @"Højst (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(population >= 3, $"Mågen should have at least the three plans made here, the page says {population}.");
        await session.CheckPageAsync("stikproeve");
        // Far above: a parallel test may add a plan in Mågen between reading the hint and submitting.
        var tooMany = (population + 1000).ToString(CultureInfo.InvariantCulture);
        await page.Locator("#Input_SampleSize").FillAsync(tooMany);
        await page.Locator("#Input_Seed").FillAsync("4711");
        await page.GetByRole(AriaRole.Button, new() { Name = "Træk stikprøven" }).ClickAsync();
        await Expect(page.Locator("#Input_SampleSize-error")).ToContainTextAsync(new Regex(@"Stikprøven kan højst have \d+ planer"));
        await Expect(page.Locator("#Input_SampleSize")).ToHaveValueAsync(tooMany);
        await Expect(page.Locator("#Input_Seed")).ToHaveValueAsync("4711");
        await session.CheckPageAsync("stikproeve-fejl");

        await page.Locator("#Input_SampleSize").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Træk stikprøven" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.Locator("#stikproeve-tabel tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#fremdrift")).ToHaveTextAsync("0 af 2 planer");
        await Expect(page.Locator(".alert-success")).ToHaveCountAsync(1);
        await session.CheckPageAsync("runde-stikproeve");

        // The reviews are done (in the database); the results and the plans behind one count.
        await SubmitReviewsAsync(roundId);
        await main.GetByRole(AriaRole.Link, new() { Name = "Resultater", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resultater: " + title);
        await session.CheckPageAsync("resultater");
        await page.Locator("#resultat-runde").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^2: .*5, opfyldt$") }).ClickAsync();
        await Expect(page.Locator("#planer-tabel tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#planer-overskrift")).ToContainTextAsync("Planerne bag tallet");
        await session.CheckPageAsync("resultater-planer");

        // Completed with a conclusion.
        await session.GotoAsync($"/kvalitet/{roundId}/afslut");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Afslut runden");
        await session.CheckPageAsync("afslut");
        await page.Locator("#Input_Conclusion").FillAsync("Planerne hænger godt sammen; samarbejdet med skolerne skal styrkes.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afslut runden" }).ClickAsync();
        await Expect(page.Locator("#konklusion")).ToHaveTextAsync("Planerne hænger godt sammen; samarbejdet med skolerne skal styrkes.");
        await Expect(page.Locator("#runde-fakta")).ToContainTextAsync("Afsluttet");
        await session.CheckPageAsync("afsluttet");
        session.AssertEveryPageChecked();
    }

    /// <summary>Three new Mågen children with a current plan each (demo citizens have none in the test app).</summary>
    private async Task PlansOnMaagenAsync(int width)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        for (var i = 1; i <= 3; i++)
        {
            var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk");
            await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
            await TestPlans.DailySubGoalAsync(db, citizen, $"At barnet spiser morgenmad ({width} px, {i})", "Barnet sidder med ved bordet", startedDaysAgo: 120);
        }
    }

    /// <summary>The quality officer's reviews of every sampled plan, submitted, every indicator met.</summary>
    private async Task SubmitReviewsAsync(Guid roundId)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var reviewer = await db.Users.Where(u => u.Email == "kvalitet@demo.retning.dk").Select(u => u.Id).SingleAsync();
        var now = fixture.App.Clock.GetUtcNow().UtcDateTime;
        foreach (var sample in await db.RoundSamples.Where(s => s.RoundId == roundId).ToListAsync())
        {
            db.PlanReviews.Add(new PlanReview
            {
                SampleId = sample.Id, RoundId = roundId, CitizenId = sample.CitizenId, Role = ReviewerRole.First, ReviewerUserId = reviewer,
                Coherence = ReviewRating.Met, Results = ReviewRating.Met, Collaboration = ReviewRating.Met, Involvement = ReviewRating.Met,
                SavedUtc = now, SubmittedUtc = now,
            });
        }

        await db.SaveChangesAsync();
    }
}
