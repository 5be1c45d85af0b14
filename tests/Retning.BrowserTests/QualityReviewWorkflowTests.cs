using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Plans;
using Retning.Domain.Quality;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// A quality officer reviews a sampled plan (standard 1.3 step 3; docs/domain.md, "Quality monitoring"): opens the
/// review form prefilled from the record, saves a draft, records the citizen interview on a tablet-sized form (one
/// answer "Kunne ikke svare"), and submits the review. The round and its sample are made in the database.
/// </summary>
public sealed class QualityReviewWorkflowTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Quality_officer_reviews_a_sampled_plan_with_the_citizen_interview(int width)
    {
        var (roundId, sampleId) = await SampledPlanAsync($"At barnet pakker sin skoletaske ({width} px)");
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync("kvalitet@demo.retning.dk", "Birgitte Møller");

        await session.GotoAsync($"/kvalitet/{roundId}/gennemgang/{sampleId}");
        var main = page.Locator("main");
        await Expect(main.GetByText($"At barnet pakker sin skoletaske ({width} px)").First).ToBeVisibleAsync();
        await Expect(main.GetByText("Indsats: Tjekliste ved døren").First).ToBeVisibleAsync();
        await Expect(main.GetByText(new Regex("Samarbejdspartner: Skole"))).ToBeVisibleAsync();
        await session.CheckPageAsync("gennemgang");

        // Half-way: a draft, kept.
        await page.Locator("label[for='Input_Coherence']").ClickAsync();
        await page.Locator("#Input_CoherenceComment").FillAsync("Indsatsen passer til målet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kladde" }).ClickAsync();
        await Expect(page.GetByText("Kladden er gemt.")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_CoherenceComment")).ToHaveValueAsync("Indsatsen passer til målet.");
        await session.CheckPageAsync("kladde");

        // The interview with the citizen, one answer "Kunne ikke svare".
        await main.GetByRole(AriaRole.Link, new() { Name = "Registrér samtalen med borgeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Samtale med");
        await session.CheckPageAsync("samtale");
        await page.Locator("label[for='Input_Respondent']").ClickAsync();
        await page.Locator("label[for='Input_Answer1']").ClickAsync();
        await page.Locator("label[for='Input_Answer2_CouldNotAnswer']").ClickAsync();
        await page.Locator("label[for='Input_Answer3_Partly']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem samtalen" }).ClickAsync();
        await Expect(page.Locator("#Input_Answer4-error")).ToBeVisibleAsync();
        await session.CheckPageAsync("samtale-fejl");
        await page.Locator("label[for='Input_Answer4']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem samtalen" }).ClickAsync();
        await Expect(page.GetByText("Samtalen er gemt.")).ToBeVisibleAsync();
        await Expect(main.GetByText("Kunne ikke svare").First).ToBeVisibleAsync();
        await session.CheckPageAsync("samtale-gemt");

        // The rest of the ratings, then submit.
        await page.Locator("label[for='Input_Results_PartlyMet']").ClickAsync();
        await page.Locator("#Input_ResultsComment").FillAsync("Kun et af målene viser fremgang i perioden.");
        await page.Locator("label[for='Input_Collaboration']").ClickAsync();
        await page.Locator("label[for='Input_Involvement']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afslut gennemgang" }).ClickAsync();
        await Expect(page.GetByText("Gennemgangen er afsluttet.")).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Button, new() { Name = "Genåbn gennemgangen" })).ToBeVisibleAsync();
        await session.CheckPageAsync("afsluttet");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child with a plan, a goal with an intervention and a school as collaborator, in a round reviewed by the quality officer.</summary>
    private async Task<(Guid RoundId, Guid SampleId)> SampledPlanAsync(string goalText)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk");
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
        var plan = await TestPlans.DailySubGoalAsync(db, citizen, goalText, "Barnet tjekker listen hver morgen", startedDaysAgo: 60);
        db.GoalInterventions.Add(new GoalIntervention { GoalId = plan.GoalId, What = "Tjekliste ved døren", HowOften = "hver morgen", Who = "Kontaktpersonen" });
        db.GoalCollaborators.Add(new GoalCollaborator { GoalId = plan.GoalId, Kind = CollaboratorKind.School, Name = "Klasselæreren", HowTheyTakePart = "Giver besked om glemte ting" });
        var reviewer = await db.Users.Where(u => u.Email == "kvalitet@demo.retning.dk").Select(u => u.Id).SingleAsync();
        var regionId = await db.Offers.Where(o => o.Id == citizen.Department!.OfferId).Select(o => o.RegionId).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new MonitoringRound
        {
            RegionId = regionId, Title = "Kvalitetsrunde " + goalText, PeriodFrom = today.AddMonths(-6), PeriodTo = today, DueOn = today.AddMonths(1),
            CreatedByUserId = reviewer, CreatedUtc = DateTime.UtcNow, ReviewerUserId = reviewer, SampleSize = 1, Seed = 1, SampledUtc = DateTime.UtcNow,
            Departments = [new RoundDepartment { DepartmentId = citizen.DepartmentId }],
        };
        var sample = new RoundSample { RoundId = round.Id, CitizenId = citizen.Id, PlanId = plan.PlanId, DepartmentId = citizen.DepartmentId, Position = 1 };
        db.MonitoringRounds.Add(round);
        db.RoundSamples.Add(sample);
        await db.SaveChangesAsync();
        return (round.Id, sample.Id);
    }
}
