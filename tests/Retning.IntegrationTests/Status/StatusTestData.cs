using Microsoft.EntityFrameworkCore;
using Retning.Domain.Status;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Status;

/// <summary>Status data for the tests: a plan with goals worth a status, and a draft status straight in the database.</summary>
internal static class StatusTestData
{
    /// <summary>A goal begun two months ago with a weekly-scored sub-goal and six scores, and a second goal the contact team may leave out.</summary>
    public static async Task<(Guid Goal, Guid SubGoal, Guid OtherGoal)> AddStatusWorthyPlanAsync(this RetningApp app, Guid citizenId, string goalText, string subGoalText, string otherGoalText)
    {
        var start = app.Today.AddDays(-60);
        var goal = await app.AddGoalAsync(citizenId, goalText, configure: g => g.StartOn = start);
        var subGoal = await app.AddGoalAsync(citizenId, subGoalText, goal.Id, g => g.StartOn = start);
        var other = await app.AddGoalAsync(citizenId, otherGoalText, configure: g => g.StartOn = start);
        for (var week = 6; week >= 1; week--)
        {
            await app.AddDiaryNoteAsync(citizenId, subGoal.Id, score: week > 3 ? 3 : 2, daysAgo: week * 7);
        }

        return (goal.Id, subGoal.Id, other.Id);
    }

    /// <summary>A draft status over the last three months with every section included and no goals (for route tests).</summary>
    public static async Task<Guid> AddDraftStatusAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        var citizen = await db.Citizens.SingleAsync(c => c.Id == citizenId);
        var report = new StatusReport
        {
            CitizenId = citizenId, PeriodFrom = app.Today.AddMonths(-3), PeriodTo = app.Today, StatusDate = app.Today,
            Layout = StatusLayoutRules.For(citizen.BirthDate, app.Today), CreatedBy = "Test",
        };
        report.Sections = [.. StatusSections.All.Select(k => new StatusSection { StatusReportId = report.Id, Key = k, SinceText = $"Tekst til {k}" })];
        db.StatusReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    public static async Task<StatusReport> FindStatusAsync(this RetningApp app, Guid statusId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.StatusReports.AsNoTracking().Include(r => r.Sections).Include(r => r.Goals).SingleAsync(r => r.Id == statusId);
    }
}
