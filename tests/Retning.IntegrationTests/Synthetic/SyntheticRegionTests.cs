using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure.Routing;

namespace Retning.IntegrationTests.Synthetic;

/// <summary>
/// The synthetic region generator (Retning.Data.Synthetic; bench/README.md, "The synthetic region"): a small
/// region generates, the same seed gives the same rows, the rows obey the domain, and the app's own pages
/// open for a generated citizen as the generated department head.
/// </summary>
public sealed class SyntheticRegionTests(SyntheticRegionFixture fixture) : IClassFixture<SyntheticRegionFixture>
{
    private RetningApp App => fixture.App;
    private DateOnly EndOn => SyntheticRegionFixture.Options(App).EndOn;

    [Fact]
    public async Task The_region_has_its_offers_staff_and_citizens_with_plans_notes_evaluations_and_meetings()
    {
        await using var db = App.CreateSystemDbContext();
        var offers = await db.Offers.Where(o => o.RegionId == fixture.Result.RegionId).Include(o => o.Departments).ToListAsync();
        Assert.Equal(4, offers.Count);
        Assert.Contains(offers, o => o.Area == Area.Children);
        Assert.Contains(offers, o => o.Area == Area.Adults);
        Assert.All(offers, o => Assert.InRange(o.Departments.Count, 2, 4));
        Assert.All(offers, o => Assert.True(db.IndicatorScales.Any(s => s.OfferId == o.Id && s.IsDefault)));

        var rows = fixture.Result.Rows;
        Assert.Equal(30, rows["Citizens"]);
        Assert.Equal(30, rows["Plans"]);
        Assert.Equal(rows["DiaryEntries"], rows["DiaryEntryVersions"]);
        // About one scored note per citizen and day.
        Assert.InRange(rows["DiaryEntries"], 30 * 365 / 3, 30 * 365 * 3);
        Assert.True(rows["Evaluations"] > 0 && rows["StatusReports"] > 0 && rows["StatusMeetings"] > 0 && rows["Purposes"] > 0);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_on_a_fresh_database()
    {
        var first = await SyntheticRegionFixture.FingerprintAsync(App, fixture.Result.RegionId);
        await using var other = await AppFixture.StartAsync();
        var again = await SyntheticRegionFixture.GenerateAsync(other.App);

        Assert.Equal(fixture.Result.RegionId, again.RegionId);
        Assert.Equal(fixture.Result.Rows.OrderBy(r => r.Key), again.Rows.OrderBy(r => r.Key));
        Assert.Equal(first, await SyntheticRegionFixture.FingerprintAsync(other.App, again.RegionId));
    }

    [Fact]
    public async Task The_monthly_score_facts_are_what_the_notes_say_and_what_the_backfill_makes_of_them()
    {
        await using var db = App.CreateSystemDbContext();
        var ids = (await RegionCitizensAsync(db)).Keys.ToList();
        var subGoalIds = await db.Goals.Where(g => g.ParentGoalId != null).Join(db.Plans, g => g.PlanId, p => p.Id, (g, p) => new { g.Id, p.CitizenId })
            .Where(x => ids.Contains(x.CitizenId)).Select(x => x.Id).ToListAsync();
        var stored = await Dagbog.ScoreFactsCheck.StoredAsync(db, subGoalIds);

        Assert.NotEmpty(stored);
        Assert.Equal(fixture.Result.Rows["SubGoalScoreMonths"], stored.Count);
        Assert.Equal(await Dagbog.ScoreFactsCheck.ExpectedAsync(db, subGoalIds), stored);
        Assert.Equal(stored, await Dagbog.ScoreFactsCheck.BackfilledAsync(db, subGoalIds));
    }

    [Fact]
    public async Task Every_note_is_on_its_citizens_plan_within_the_enrolment_with_a_score_on_the_scale()
    {
        await using var db = App.CreateSystemDbContext();
        var citizens = await RegionCitizensAsync(db);
        var ids = citizens.Keys.ToList();
        var planOfSubGoal = await db.Goals.Where(g => g.ParentGoalId != null)
            .Join(db.Plans, g => g.PlanId, p => p.Id, (g, p) => new { g.Id, p.CitizenId, g.IndicatorScaleId }).Where(x => ids.Contains(x.CitizenId)).ToDictionaryAsync(x => x.Id);
        var notes = await db.DiaryEntries.Where(e => ids.Contains(e.CitizenId)).Include(e => e.Versions).ToListAsync();
        Assert.NotEmpty(notes);
        foreach (var note in notes)
        {
            var citizen = citizens[note.CitizenId];
            Assert.InRange(note.ObservedOn, citizen.EnrolledOn, citizen.DischargedOn?.AddDays(-1) ?? EndOn);
            var version = Assert.Single(note.Versions);
            Assert.Equal((1, note.ScoreValue, note.Text), (version.Number, version.ScoreValue, version.Text));
            Assert.Equal(DiaryContent.SearchTextOf(note), note.SearchText);
            if (note.Kind == DiaryKind.SubGoal)
            {
                var subGoal = planOfSubGoal[note.SubGoalId!.Value];
                Assert.Equal(note.CitizenId, subGoal.CitizenId);
                if (note.ScoreValue is { } score)
                {
                    Assert.InRange(score, 0, 4);
                    Assert.NotNull(subGoal.IndicatorScaleId);
                    Assert.NotNull(note.ScaleVersionId);
                }
            }
        }

        Assert.Contains(notes, n => n.Kind == DiaryKind.SubGoal && n.ScoreValue is null); // "ikke vurderet"
        Assert.Contains(notes, n => n.Kind == DiaryKind.Resident);
    }

    [Fact]
    public async Task Evaluations_agree_with_the_goal_states_and_nothing_is_evaluated_after_a_close()
    {
        await using var db = App.CreateSystemDbContext();
        var ids = (await RegionCitizensAsync(db)).Keys.ToList();
        var goals = await db.Goals.Where(g => db.Plans.Any(p => p.Id == g.PlanId && ids.Contains(p.CitizenId))).ToListAsync();
        var evaluations = (await db.Evaluations.Where(e => ids.Contains(e.CitizenId)).ToListAsync()).ToLookup(e => e.GoalId);
        var changes = (await db.GoalStateChanges.Where(c => goals.Select(g => g.Id).Contains(c.GoalId)).ToListAsync()).ToLookup(c => c.GoalId);
        foreach (var goal in goals)
        {
            var closing = evaluations[goal.Id].Where(e => e.Decision.Closes()).ToList();
            var history = changes[goal.Id].OrderBy(c => c.FromOn).ToList();
            Assert.Equal(GoalState.Active, history[0].State);
            Assert.Equal(goal.StartOn, history[0].FromOn);
            Assert.Equal(goal.State, history[^1].State);
            if (closing.Count == 0)
            {
                Assert.True(goal.IsOpen);
                continue;
            }

            var close = Assert.Single(closing);
            Assert.Equal(close.Decision == EvaluationDecision.CloseAchieved ? GoalState.Achieved : GoalState.Closed, goal.State);
            Assert.Equal(close.EvaluatedOn, history[^1].FromOn);
            Assert.All(evaluations[goal.Id], e => Assert.True(e.EvaluatedOn <= close.EvaluatedOn));
        }

        Assert.Contains(goals, g => g.State == GoalState.Achieved);
        Assert.Contains(goals, g => g.State == GoalState.Active);
    }

    [Fact]
    public async Task Placements_are_contiguous_from_enrolment_to_the_current_department_and_plans_are_on_the_age_template_before_their_goals()
    {
        await using var db = App.CreateSystemDbContext();
        var citizens = await RegionCitizensAsync(db);
        var placements = (await db.Placements.Where(p => citizens.Keys.Contains(p.CitizenId)).ToListAsync()).ToLookup(p => p.CitizenId);
        var icsVersions = await db.TemplateVersions.Where(v => db.PlanTemplates.Any(t => t.Id == v.TemplateId && t.Kind == TemplateKind.Ics)).Select(v => v.Id).ToListAsync();
        var plans = await db.Plans.Where(p => citizens.Keys.Contains(p.CitizenId)).Include(p => p.Periods).ToListAsync();
        var goalStarts = (await db.Goals.Where(g => plans.Select(p => p.Id).Contains(g.PlanId)).Select(g => new { g.PlanId, g.StartOn }).ToListAsync()).ToLookup(g => g.PlanId, g => g.StartOn);
        foreach (var citizen in citizens.Values)
        {
            var history = placements[citizen.Id].OrderBy(p => p.From).ToList();
            Assert.Equal(citizen.EnrolledOn, history[0].From);
            Assert.Equal(citizen.DepartmentId, history[^1].DepartmentId);
            Assert.Null(history[^1].To);
            for (var i = 1; i < history.Count; i++)
            {
                Assert.Equal(history[i].From.AddDays(-1), history[i - 1].To);
            }

            var plan = Assert.Single(plans, p => p.CitizenId == citizen.Id);
            var child = AgeRules.TemplateFor(citizen.BirthDate, plan.Periods.Single().StartedOn) == PlanTemplateKind.Ics;
            Assert.Equal(child, icsVersions.Contains(plan.TemplateVersionId));
            Assert.All(goalStarts[plan.Id], start => Assert.True(start >= plan.Periods.Single().StartedOn));
        }
    }

    [Fact]
    public async Task The_apps_pages_open_for_a_generated_citizen_as_the_generated_department_head()
    {
        await using var db = App.CreateSystemDbContext();
        var ids = (await RegionCitizensAsync(db)).Keys.ToList();
        var status = await db.StatusReports.Where(r => ids.Contains(r.CitizenId)).OrderBy(r => r.StatusDate).FirstAsync();
        var citizen = await db.Citizens.SingleAsync(c => c.Id == status.CitizenId);
        var subGoal = await db.DiaryEntries.Where(e => e.CitizenId == citizen.Id && e.SubGoalId != null).Select(e => e.SubGoalId!.Value).FirstAsync();
        var head = fixture.Result.Logins.Single(l => l.Role == StaffRole.DepartmentHead && l.DepartmentId == citizen.DepartmentId);
        using var client = await BrowserlessClient.SignedInAsync(App, head.Email);

        var routes = Routes.Citizen(citizen.Id);
        foreach (var url in new[] { routes.Overview, routes.Plan, routes.Diary, routes.SubGoal(subGoal), routes.Evaluations, routes.Status(status.Id), routes.Meetings, routes.Purposes })
        {
            (await client.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        }
    }

    private async Task<Dictionary<Guid, Citizen>> RegionCitizensAsync(AppDbContext db)
    {
        var departments = await db.Departments.Where(d => d.Offer!.RegionId == fixture.Result.RegionId).Select(d => d.Id).ToListAsync();
        return await db.Citizens.Where(c => departments.Contains(c.DepartmentId)).ToDictionaryAsync(c => c.Id);
    }
}
