using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Diary;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>The PDSA loop's "study" and "act" (docs/domain.md, "Evaluations"): from "Mine opgaver" a contact-team member evaluates an overdue sub-goal with the prepared numbers.</summary>
public sealed class EvaluationWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    [Fact]
    public async Task Contact_team_member_opens_her_tasks_evaluates_an_overdue_sub_goal_decides_to_adjust_it_and_sees_the_task_done_and_the_plan_updated()
    {
        var (citizenId, subGoalId) = await OverdueSubGoalWithNotesAsync();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        // "Mine opgaver", narrowed to overdue new goals for the team meeting (the list pages 25 at a time, and
        // Mette's plan-less demo children have years of overdue tasks in the tests): the never-evaluated
        // sub-goal, marked, with the way to the evaluation form.
        await session.GotoAsync($"/opgaver?vis={Retning.Web.Pages.Opgaver.TaskFilter.Overdue}&type={Retning.Domain.Deadlines.DeadlineKind.NewGoalReview}");
        var task = page.Locator("#opgaver tbody tr", new() { HasText = "tager tallerkenen ud" });
        await Expect(task.GetByText("Overskredet")).ToBeVisibleAsync();
        await session.CheckPageAsync("mine-opgaver");
        await task.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Gå til opgaven") }).ClickAsync();

        var material = page.Locator(".app-evaluation-material");
        await Expect(material.GetByText("10 scoringer i perioden", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(material.GetByText("Svarprocent", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(material.GetByText("1 notat: borgeren sagde nej (1)", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("evaluering-formular");

        await page.GetByLabel("Hvem deltog").FillAsync("Mette og Camilla (teammøde)");
        await page.GetByLabel("Sådan var borgeren inddraget").FillAsync("Talt med borgeren efter aftensmaden");
        await page.GetByLabel("Kvalitativ evaluering").FillAsync("Hun tager oftere selv tallerkenen ud, men ikke når hun er træt.");
        await page.GetByLabel("Beslutning").SelectOptionAsync("Adjust");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
        await page.GetByLabel("Hvad skal revideres").FillAsync("Delmålet deles op i hverdage og weekender");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem evaluering" }).ClickAsync();

        // "Justér": the sub-goal's form opens right away.
        await Expect(page.GetByText("Evalueringen er gemt. Justér delmålet nu.", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("justér-delmaal");

        // The task is done, with the evaluation as its evidence.
        await session.GotoAsync("/opgaver?vis=udfoerte");
        var done = page.Locator("#opgaver tbody tr", new() { HasText = "tager tallerkenen ud" });
        await Expect(done.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Se dokumentation") })).ToBeVisibleAsync();
        await session.CheckPageAsync("opgave-udfoert");

        await session.GotoAsync($"/borgere/{citizenId}/plan/udskriv");
        await Expect(page.Locator(".plan-doc-evaluation", new() { HasText = "Justér. Hun tager oftere selv tallerkenen ud" })).ToBeVisibleAsync();
        await session.CheckPageAsync("plan-med-evaluering");
        session.AssertEveryPageChecked();
        _ = subGoalId;
    }

    /// <summary>A child in Mette's contact teams without a plan gets one with a daily sub-goal begun 14 days ago, evaluation due yesterday, 10 scored notes and a missing-work note.</summary>
    private async Task<(Guid CitizenId, Guid SubGoalId)> OverdueSubGoalWithNotesAsync()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await using var db = fixture.App.CreateSystemDbContext();
        var mette = await db.Users.Where(u => u.Email == Mette).Select(u => u.Id).SingleAsync();
        var candidates = (await db.Citizens.Include(c => c.Department)
            .Where(c => c.Department!.Name == DemoLookup.Maagen && c.DischargedOn == null && !db.Plans.Any(p => p.CitizenId == c.Id))
            .Where(c => db.ContactTeamMembers.Any(m => m.CitizenId == c.Id && m.UserId == mette))
            .ToListAsync()).OrderByDescending(c => c.LastName, StringComparer.Ordinal).ToList();
        var claimed = fixture.ClaimCitizen(candidates.Select(c => c.Id), "overdue sub-goal");
        var citizen = candidates.Single(c => c.Id == claimed);
        var plan = await TestPlans.DailySubGoalAsync(db, citizen, "At barnet hjælper til ved måltiderne", "At barnet tager tallerkenen ud efter aftensmaden",
            startedDaysAgo: 14, nextEvaluationOn: today.AddDays(-1));
        TestPlans.AddScoredNotes(db, citizen.Id, plan, Enumerable.Range(3, 10).Reverse().Select(day => (day, day > 7 ? 3 : 2)), "Tallerkenen ud", mette, "Mette Kjær");

        var missing = await db.DiaryCategories.Where(c => c.OfferId == citizen.Department!.OfferId && c.IsMissingWork).Select(c => c.Id).SingleAsync();
        var context = await db.DiaryCategories.Where(c => c.OfferId == citizen.Department!.OfferId && c.Kind == DiaryCategoryKind.Context).Select(c => c.Id).FirstAsync();
        db.DiaryEntries.Add(DiaryRules.Write(citizen.Id, DiaryKind.Resident, new NoteContent
        {
            ObservedAtUtc = now.AddDays(-2), ObservedOn = DateOnly.FromDateTime(now.AddDays(-2)), SubGoalId = plan.SubGoalId, ContextId = context, NoteTypeId = missing,
            MissingWorkReason = MissingWorkReason.CitizenDeclined, Text = "Ville ikke i aften",
        }, mette, "Mette Kjær", now));
        await db.SaveChangesAsync();
        return (citizen.Id, plan.SubGoalId);
    }
}
