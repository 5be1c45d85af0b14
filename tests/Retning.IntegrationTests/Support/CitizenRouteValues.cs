using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Status;
using Retning.IntegrationTests.Statusmoeder;
using Retning.IntegrationTests.Videregivelser;
using Retning.Testing;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// Values for the route parameters of a citizen's pages besides {id}: a real goal and sub-goal
/// of the citizen's plan (created when missing), period 1, the plan template's first theme and a
/// diary note written by someone outside the matrix's users (so only leaders may correct it).
/// </summary>
internal static class CitizenRouteValues
{
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(RetningApp app, Guid citizenId)
    {
        await using (var db = app.CreateSystemDbContext())
        {
            var existing = await db.Goals.Where(g => g.ParentGoalId != null && db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizenId))
                .Select(g => new { SubGoal = g.Id, Goal = g.ParentGoalId!.Value }).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return await ValuesAsync(app, citizenId, existing.Goal, existing.SubGoal);
            }
        }

        var goal = await app.AddGoalAsync(citizenId, "At borgeren smører sin madpakke tre dage om ugen");
        var subGoal = await app.AddGoalAsync(citizenId, "At borgeren finder pålæg frem om morgenen", goal.Id);
        return await ValuesAsync(app, citizenId, goal.Id, subGoal.Id);
    }

    private static async Task<IReadOnlyDictionary<string, string>> ValuesAsync(RetningApp app, Guid citizenId, Guid goalId, Guid subGoalId)
    {
        await using var db = app.CreateSystemDbContext();
        var plan = await db.Plans.Include(p => p.TemplateVersion).SingleAsync(p => p.CitizenId == citizenId);
        var entryId = await db.DiaryEntries.Where(e => e.CitizenId == citizenId && e.WrongCitizenMarkedUtc == null)
            .Select(e => (Guid?)e.Id).FirstOrDefaultAsync() ?? await app.AddDiaryNoteAsync(citizenId, subGoalId);
        var evaluationId = await db.Evaluations.Where(e => e.CitizenId == citizenId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync()
                           ?? await app.AddEvaluationAsync(citizenId, subGoalId);
        var statusId = await db.StatusReports.Where(r => r.CitizenId == citizenId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync()
                       ?? await app.AddDraftStatusAsync(citizenId);
        var existing = await db.Disclosures.Where(d => d.CitizenId == citizenId && d.Subject == Domain.Consents.DisclosureSubject.Plan && d.ConsentId != null)
            .Select(d => new { ConsentId = d.ConsentId!.Value, DisclosureId = d.Id }).FirstOrDefaultAsync();
        var (consentId, disclosureId) = existing is null ? await app.ConsentAndPlanDisclosureAsync(citizenId) : (existing.ConsentId, existing.DisclosureId);
        var meetingId = await db.StatusMeetings.Where(m => m.CitizenId == citizenId).Select(m => (Guid?)m.Id).FirstOrDefaultAsync()
                        ?? await app.AddMeetingAsync(citizenId);
        var requestId = await db.PlanRevisionRequests.Where(r => r.CitizenId == citizenId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync()
                        ?? await app.AddPlanRevisionAsync(citizenId);
        return new Dictionary<string, string>
        {
            ["requestId"] = requestId.ToString(),
            ["meetingId"] = meetingId.ToString(),
            ["statusId"] = statusId.ToString(),
            ["consentId"] = consentId.ToString(),
            ["disclosureId"] = disclosureId.ToString(),
            ["entryId"] = entryId.ToString(),
            ["evaluationId"] = evaluationId.ToString(),
            ["goalId"] = goalId.ToString(),
            ["subGoalId"] = subGoalId.ToString(),
            ["number"] = "1",
            ["key"] = plan.TemplateVersion!.Themes.OrderBy(t => t.Order).First().Key,
            // A chart file's handler ("udvikling.{handler}", "graf.{handler}"): every chart has its SVG.
            ["handler"] = "svg",
        };
    }
}
