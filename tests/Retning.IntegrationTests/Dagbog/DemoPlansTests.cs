using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Demo;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>
/// Demo:Plans=true (the shared test app turns it off, since most tests expect plan-less demo
/// citizens): four citizens per department get a plan with goals, sub-goals and about three
/// months of notes, once, and the sub-goal page and the timeline show them; the other enrolled
/// citizens with a contact team get a bare plan holding their DPU and compass.
/// </summary>
public sealed class DemoPlansTests
{
    private static readonly Dictionary<string, string?> WithPlans = new() { ["Demo:Plans"] = "true" };

    [Fact]
    public async Task Four_citizens_per_department_get_a_plan_on_the_template_their_age_calls_for()
    {
        await using var own = await AppFixture.StartAsync(WithPlans);
        var app = own.App;
        await using var db = app.CreateSystemDbContext();

        var planned = await db.Citizens.AsNoTracking().Include(c => c.Department)
            .Where(c => c.IsDemo && db.Plans.Any(p => p.CitizenId == c.Id && p.Goals.Any())).ToListAsync();
        foreach (var department in new[] { DemoUsers.Maagen, DemoUsers.Ternen, DemoUsers.Birken, DemoUsers.Egen })
        {
            Assert.Equal(DemoPlans.PerDepartment, planned.Count(c => c.Department!.Name == department));
        }

        var allPlans = await db.Plans.AsNoTracking().Include(p => p.Periods).Include(p => p.Goals).Include(p => p.DpuEntries).AsSplitQuery()
            .Select(p => new { Plan = p, Kind = db.PlanTemplates.Where(t => t.Id == p.TemplateVersion!.TemplateId).Select(t => t.Kind).First() })
            .ToListAsync();
        var plans = allPlans.Where(p => p.Plan.Goals.Count > 0).ToList();
        Assert.Equal(planned.Count, plans.Count);
        foreach (var (plan, kind) in plans.Select(p => (p.Plan, p.Kind)))
        {
            var citizen = planned.Single(c => c.Id == plan.CitizenId);
            Assert.Equal(AgeRules.TemplateFor(citizen.BirthDate, app.Today) == PlanTemplateKind.Ics ? TemplateKind.Ics : TemplateKind.Vum, kind);
            var period = Assert.Single(plan.Periods);
            Assert.True(period.Number == 1 && period.IsOpen && period.StartedOn >= app.Today.AddDays(-135) && period.StartedOn <= app.Today.AddDays(-110),
                $"Period of {citizen.FullName} starts {period.StartedOn}.");
            Assert.True(citizen.EnrolledOn < period.StartedOn && citizen.DischargedOn is null, $"{citizen.FullName} is not enrolled through the plan.");
            var goals = plan.Goals.Where(g => !g.IsSubGoal).ToList();
            Assert.Equal(2, goals.Count);
            Assert.All(goals, g => Assert.InRange(plan.Goals.Count(s => s.ParentGoalId == g.Id), 1, 2));
            Assert.All(plan.Goals, g => Assert.NotNull(g.PurposeId));
            Assert.All(plan.Goals.Where(g => g.IsSubGoal), s => Assert.True(s.IndicatorScaleId is not null && s.ScoringFrequency is not null));
            Assert.True(plan.CreatedUtc < app.Clock.GetUtcNow().UtcDateTime.AddDays(-100), "The plan keeps the day it was made.");
        }

        // Every other enrolled citizen with a contact team has a bare plan, just begun on the template their age calls
        // for, with no goals; the DPU and compass made when enrolled eight months or more, both dated in the past.
        var others = await db.Citizens.AsNoTracking().Where(c => c.IsDemo && c.DischargedOn == null && c.ContactTeam.Any()).ToListAsync();
        others = [.. others.Where(c => planned.All(p => p.Id != c.Id))];
        Assert.NotEmpty(others);
        var bare = allPlans.Where(p => p.Plan.Goals.Count == 0).ToList();
        Assert.Equal(others.Select(c => c.Id).Order(), bare.Select(p => p.Plan.CitizenId).Order());
        foreach (var (plan, kind) in bare.Select(p => (p.Plan, p.Kind)))
        {
            var citizen = others.Single(c => c.Id == plan.CitizenId);
            Assert.Equal(AgeRules.TemplateFor(citizen.BirthDate, app.Today) == PlanTemplateKind.Ics ? TemplateKind.Ics : TemplateKind.Vum, kind);
            var period = Assert.Single(plan.Periods);
            Assert.True(period.Number == 1 && period.IsOpen && period.StartedOn >= app.Today.AddDays(-35) && period.StartedOn >= citizen.EnrolledOn && period.StartedOn <= app.Today,
                $"Bare plan of {citizen.FullName} starts {period.StartedOn}.");
            var assessed = citizen.EnrolledOn.AddMonths(8) <= app.Today;
            Assert.Equal(assessed, plan.CompassUpdatedOn is not null);
            Assert.Equal(assessed ? 1 : 0, plan.DpuEntries.Count);
            Assert.All(plan.DpuEntries, d => Assert.InRange(d.MadeOn, citizen.EnrolledOn, app.Today));
            Assert.True(plan.CompassUpdatedOn is null || (plan.CompassUpdatedOn > citizen.EnrolledOn && plan.CompassUpdatedOn <= app.Today));
        }

        // A pause of two weeks in each department, resumed: the response rate expects nothing in between.
        var pauses = await db.GoalStateChanges.AsNoTracking().Where(c => c.State == GoalState.Passive).ToListAsync();
        Assert.Equal(4, pauses.Count);
        foreach (var pause in pauses)
        {
            Assert.True(await db.GoalStateChanges.AnyAsync(c => c.GoalId == pause.GoalId && c.State == GoalState.Active && c.FromOn == pause.FromOn.AddDays(14)));
            Assert.False(await db.DiaryEntries.AnyAsync(e => e.SubGoalId == pause.GoalId && e.Kind == DiaryKind.SubGoal
                && e.ObservedOn >= pause.FromOn && e.ObservedOn < pause.FromOn.AddDays(14)));
        }

        // Seeding is once only.
        var notes = await db.DiaryEntries.CountAsync();
        Assert.Null(await DemoPlans.SeedAsync(db, app.Clock));
        Assert.Equal(allPlans.Count, await db.Plans.CountAsync());
        Assert.Equal(notes, await db.DiaryEntries.CountAsync());
    }

    [Fact]
    public async Task Every_citizen_with_a_plan_has_the_next_status_meeting_and_a_consent_to_send_the_plan()
    {
        await using var own = await AppFixture.StartAsync(WithPlans);
        await using var db = own.App.CreateSystemDbContext();
        var planned = await db.Plans.Where(p => p.Goals.Any()).Select(p => p.CitizenId).ToListAsync();
        var meetings = await db.StatusMeetings.AsNoTracking().Include(m => m.Participants).ToListAsync();
        var consents = await db.Consents.AsNoTracking().ToListAsync();

        var ahead = meetings.Where(m => m.On > own.App.Today).ToList();
        Assert.Equal(planned.Order(), ahead.Select(m => m.CitizenId).Order());
        // The previous meeting, where there was one since enrolment, is held with status and minutes sent (docs/domain.md, "Status meetings and minutes": no years-old overdue tasks).
        Assert.All(meetings.Except(ahead), m => Assert.True(m.StatusSentOn < m.On && m.MinutesSentOn <= m.On.AddDays(7) && m.MinutesState == Domain.Status.MinutesState.Journalised));
        Assert.All(ahead, m =>
        {
            Assert.Contains(m.Participants, p => p.Role == Domain.Status.ParticipantRole.Caseworker);
            Assert.Contains(m.Participants, p => p.Role == Domain.Status.ParticipantRole.Staff);
        });
        Assert.Equal(planned.Order(), consents.Select(c => c.CitizenId).Order());
        Assert.All(consents, c => Assert.True(Domain.Consents.ConsentRules.IsValidOn(c, own.App.Today)));
    }

    [Fact]
    public async Task Every_score_names_its_scale_version_and_the_notes_read_like_a_diary()
    {
        await using var own = await AppFixture.StartAsync(WithPlans);
        var app = own.App;
        await using var db = app.CreateSystemDbContext();
        var subGoals = await db.Goals.AsNoTracking().Where(g => g.ParentGoalId != null).ToDictionaryAsync(g => g.Id);
        var versions = await db.IndicatorScaleVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.ScaleId);
        var notes = await db.DiaryEntries.AsNoTracking().Include(e => e.Versions).ToListAsync();

        var scored = notes.Where(n => n.Kind == DiaryKind.SubGoal && n.ScoreValue is not null).ToList();
        Assert.NotEmpty(scored);
        Assert.All(scored, n =>
        {
            Assert.NotNull(n.ScaleVersionId);
            Assert.Equal(subGoals[n.SubGoalId!.Value].IndicatorScaleId, versions[n.ScaleVersionId!.Value]);
            Assert.InRange(n.ScoreValue!.Value, 0, 4);
        });
        Assert.Contains(notes, n => n.Kind == DiaryKind.SubGoal && n.ScoreValue is null && n.ScaleVersionId is null); // "Ikke vurderet"
        Assert.Contains(notes, n => n.ActorName is not null);
        Assert.Contains(notes, n => n.IsInternal);
        Assert.Contains(notes, n => n.Kind == DiaryKind.Resident && n.MissingWorkReason is not null && n.SubGoalId is not null);

        foreach (var note in notes)
        {
            var local = DanishTime.ToLocal(note.ObservedAtUtc);
            Assert.True(local.Hour is >= 7 and < 22, $"Observed at {local:HH:mm}.");
            Assert.Equal(DateOnly.FromDateTime(local), note.ObservedOn);
            var first = Assert.Single(note.Versions);
            Assert.Equal(first.WrittenUtc, note.CreatedUtc);
            Assert.True(first.WrittenUtc >= note.ObservedAtUtc && first.WrittenUtc <= app.Clock.GetUtcNow().UtcDateTime);
        }

        // Support needs mostly go down: most sub-goals end lower than they start.
        var falling = scored.GroupBy(n => n.SubGoalId).Count(g =>
        {
            var ordered = g.OrderBy(n => n.ObservedAtUtc).Select(n => n.ScoreValue!.Value).ToList();
            return ordered.Take(10).Average() > ordered.TakeLast(10).Average();
        });
        Assert.True(falling * 2 > subGoals.Count, $"{falling} of {subGoals.Count} sub-goals fall.");
    }

    [Fact]
    public async Task A_department_head_opens_a_seeded_sub_goal_and_the_timeline()
    {
        await using var own = await AppFixture.StartAsync(WithPlans);
        var app = own.App;
        foreach (var (head, department) in new[] { (DemoUsers.Anne, DemoUsers.Maagen), (DemoUsers.Peter, DemoUsers.Birken) })
        {
            Guid citizenId, subGoalId;
            int noteCount;
            await using (var db = app.CreateSystemDbContext())
            {
                citizenId = await db.Citizens.Where(c => c.Department!.Name == department && db.Plans.Any(p => p.CitizenId == c.Id && p.Goals.Any()))
                    .OrderBy(c => c.FirstName).Select(c => c.Id).FirstAsync();
                subGoalId = await db.Goals.Where(g => g.ParentGoalId != null && db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizenId))
                    .OrderBy(g => g.Text).Select(g => g.Id).FirstAsync();
                noteCount = await db.DiaryEntries.CountAsync(e => e.CitizenId == citizenId);
            }

            using var client = await BrowserlessClient.SignedInAsync(app, head);
            var subGoalPage = (await client.GetPageAsync($"/borgere/{citizenId}/delmaal/{subGoalId}")).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Svarprocent", subGoalPage.MainText, StringComparison.Ordinal);

            var timeline = (await client.GetPageAsync($"/borgere/{citizenId}/dagbog")).AssertStatus(HttpStatusCode.OK);
            Assert.Equal(25, timeline.Document.QuerySelectorAll("article.app-note").Length);
            Assert.Contains($"Viser 1–25 af {noteCount} notater", timeline.MainText, StringComparison.Ordinal);
        }
    }
    [Fact]
    public async Task The_demo_has_a_status_awaiting_each_department_heads_approval_and_no_years_old_assessment_tasks()
    {
        await using var own = await AppFixture.StartAsync(WithPlans);
        var app = own.App;
        foreach (var head in new[] { DemoUsers.Anne, DemoUsers.Peter })
        {
            using var client = await BrowserlessClient.SignedInAsync(app, head);
            var home = (await client.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);
            var waiting = Assert.Single(home.Document.QuerySelectorAll("#til-godkendelse a"));
            Assert.Contains("Status til godkendelse", waiting.TextContent, StringComparison.Ordinal);
            Assert.Contains($"(sendt {app.Today.AddDays(-2):dd-MM-yyyy})", waiting.TextContent, StringComparison.Ordinal);
            var status = (await client.GetPageAsync(waiting.GetAttribute("href")!)).AssertStatus(HttpStatusCode.OK);
            Assert.Equal("Til godkendelse", status.Document.QuerySelector("#status-tilstand")!.TextContent.Trim());
            Assert.NotNull(status.Document.QuerySelector("main form[action*='step=Approve']"));
        }

        // The planned citizens' DPU, compass, purpose and last status are done: none of those is overdue.
        await using var db = app.CreateSystemDbContext();
        var planned = await db.Plans.Where(p => p.Goals.Any()).Select(p => p.CitizenId).ToListAsync();
        var tasks = await new Retning.Web.Services.Tasks.TaskLoader(db).ForCitizensAsync(planned, app.Today, TestContext.Current.CancellationToken);
        var kinds = new[] { Domain.Deadlines.DeadlineKind.DpuDue, Domain.Deadlines.DeadlineKind.CompassDue, Domain.Deadlines.DeadlineKind.PurposeMissing, Domain.Deadlines.DeadlineKind.StatusDue };
        Assert.DoesNotContain(tasks, t => t.IsOverdue && kinds.Contains(t.Deadline.Kind));
        // A realistic handful: the one evaluation each department keeps overdue, not every goal at once.
        var overdue = tasks.Where(t => t.IsOverdue).ToList();
        Assert.True(overdue.Count <= planned.Count, $"{overdue.Count} overdue tasks for {planned.Count} planned citizens: " + string.Join(", ", overdue.Select(t => t.Deadline.Kind).Distinct()));
    
        // No enrolled demo citizen, planned or not, has a DPU or compass task overdue by more than two months.
        var enrolled = await db.Citizens.Where(c => c.IsDemo && c.DischargedOn == null).Select(c => c.Id).ToListAsync();
        var all = await new Retning.Web.Services.Tasks.TaskLoader(db).ForCitizensAsync(enrolled, app.Today, TestContext.Current.CancellationToken);
        var stale = all.Where(t => t.IsOverdue && t.Deadline.Kind is Domain.Deadlines.DeadlineKind.DpuDue or Domain.Deadlines.DeadlineKind.CompassDue
            && t.Deadline.DueOn < app.Today.AddDays(-60)).ToList();
        Assert.True(stale.Count == 0, "Years-old assessment tasks: " + string.Join(", ", stale.Select(t => $"{t.CitizenName}: {t.Deadline.Title} ({t.Deadline.DueOn})")));
    }
}
