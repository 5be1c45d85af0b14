using Microsoft.EntityFrameworkCore;

namespace Retning.Data.Retention;

/// <summary>How many rows one erasure removed per table (and audit rows made anonymous): counts only, never content.</summary>
public sealed record ErasureCounts(IReadOnlyList<(string Table, int Rows)> Deleted, int AuditRowsAnonymised)
{
    public int TotalDeleted => Deleted.Sum(d => d.Rows);

    /// <summary>The counts as one short line for the audit row, e.g. "Citizens=1; DiaryEntries=7; …; AuditEntries anonymiseret=12".</summary>
    public string Describe() =>
        string.Join("; ", Deleted.Where(d => d.Rows > 0).Select(d => $"{d.Table}={d.Rows}").Append($"AuditEntries anonymiseret={AuditRowsAnonymised}"));
}

/// <summary>
/// Erases one citizen everywhere (GDPR art. 17 / 5(1)(e)): every row of every table that holds the
/// citizen's data, children before parents (the foreign keys restrict), then the personal fields of
/// the audit rows (<see cref="AuditErasure"/>). The caller runs it inside a transaction together with
/// the erasure's own audit row.
/// <para>
/// It deletes with <c>ExecuteDelete</c> on purpose: status revisions, status events, disclosures,
/// evaluations and diary versions are records the DbContext refuses to change or delete, so that no
/// page can rewrite what was approved, sent or written. Erasure after the retention period is the
/// one deliberate exception, and it bypasses the change tracker here and nowhere else.
/// </para>
/// </summary>
public static class CitizenErasure
{
    public static async Task<ErasureCounts> EraseAsync(AppDbContext db, Guid citizenId, DateTime erasedUtc, CancellationToken ct)
    {
        var deleted = new List<(string, int)>();
        Insight.InsightStamps.Touch(db); // the deletes pass the change tracker; the caller's save writes the new version
        async Task Delete<T>(string table, IQueryable<T> rows)
        {
            deleted.Add((table, await rows.ExecuteDeleteAsync(ct)));
        }

        // The job's context is unrestricted; IgnoreQueryFilters says that scoping is not what decides here.
        var reports = db.StatusReports.IgnoreQueryFilters().Where(r => r.CitizenId == citizenId).Select(r => r.Id);
        var meetings = db.StatusMeetings.IgnoreQueryFilters().Where(m => m.CitizenId == citizenId).Select(m => m.Id);
        var plans = db.Plans.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId).Select(p => p.Id);
        var goals = db.Goals.IgnoreQueryFilters().Where(g => plans.Contains(g.PlanId)).Select(g => g.Id);
        var notes = db.DiaryEntries.IgnoreQueryFilters().Where(e => e.CitizenId == citizenId).Select(e => e.Id);
        var purposes = db.Purposes.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId).Select(p => p.Id);

        // Records that point at statuses, meetings, consents, goals and plans go first.
        await Delete("DisclosureSnapshots", db.DisclosureSnapshots.IgnoreQueryFilters().Where(d => d.CitizenId == citizenId));
        await Delete("Disclosures", db.Disclosures.IgnoreQueryFilters().Where(d => d.CitizenId == citizenId));
        await Delete("TaskHandlings", db.TaskHandlings.IgnoreQueryFilters().Where(h => h.CitizenId == citizenId));
        await Delete("StatusComments", db.StatusComments.IgnoreQueryFilters().Where(c => reports.Contains(c.StatusReportId)));
        await Delete("StatusEvents", db.StatusEvents.IgnoreQueryFilters().Where(e => reports.Contains(e.StatusReportId)));
        await Delete("StatusRevisions", db.StatusRevisions.IgnoreQueryFilters().Where(v => reports.Contains(v.StatusReportId)));
        await Delete("StatusSections", db.StatusSections.IgnoreQueryFilters().Where(s => reports.Contains(s.StatusReportId)));
        await Delete("StatusGoals", db.StatusGoals.IgnoreQueryFilters().Where(g => reports.Contains(g.StatusReportId)));
        await Delete("StatusReports", db.StatusReports.IgnoreQueryFilters().Where(r => r.CitizenId == citizenId));
        await Delete("MeetingParticipants", db.MeetingParticipants.IgnoreQueryFilters().Where(p => meetings.Contains(p.MeetingId)));
        await Delete("StatusMeetings", db.StatusMeetings.IgnoreQueryFilters().Where(m => m.CitizenId == citizenId));
        await Delete("CitizenInterviews", db.CitizenInterviews.IgnoreQueryFilters().Where(i => i.CitizenId == citizenId));
        await Delete("PlanReviews", db.PlanReviews.IgnoreQueryFilters().Where(r => r.CitizenId == citizenId));
        await Delete("RoundSamples", db.RoundSamples.IgnoreQueryFilters().Where(s => s.CitizenId == citizenId));
        await Delete("Consents", db.Consents.IgnoreQueryFilters().Where(c => c.CitizenId == citizenId));
        await Delete("PlanRevisionRequests", db.PlanRevisionRequests.IgnoreQueryFilters().Where(r => r.CitizenId == citizenId));
        await Delete("ThemeEvaluations", db.ThemeEvaluations.IgnoreQueryFilters().Where(e => e.CitizenId == citizenId));
        await Delete("Evaluations", db.Evaluations.IgnoreQueryFilters().Where(e => e.CitizenId == citizenId));
        await Delete("SubGoalScoreMonths", db.SubGoalScoreMonths.IgnoreQueryFilters().Where(m => m.CitizenId == citizenId));
        await Delete("DiaryEntryVersions", db.DiaryEntryVersions.IgnoreQueryFilters().Where(v => notes.Contains(v.EntryId)));
        await Delete("DiaryEntries", db.DiaryEntries.IgnoreQueryFilters().Where(e => e.CitizenId == citizenId));

        // The plan: goals (sub-goals before their goals), then the plan's parts and the plan.
        await Delete("GoalStateChanges", db.GoalStateChanges.IgnoreQueryFilters().Where(c => goals.Contains(c.GoalId)));
        await Delete("GoalInterventions", db.GoalInterventions.IgnoreQueryFilters().Where(i => goals.Contains(i.GoalId)));
        await Delete("GoalCollaborators", db.GoalCollaborators.IgnoreQueryFilters().Where(c => goals.Contains(c.GoalId)));
        await Delete("Goals (delmål)", db.Goals.IgnoreQueryFilters().Where(g => plans.Contains(g.PlanId) && g.ParentGoalId != null));
        await Delete("Goals", db.Goals.IgnoreQueryFilters().Where(g => plans.Contains(g.PlanId)));
        await Delete("ThemeAssessments", db.ThemeAssessments.IgnoreQueryFilters().Where(a => plans.Contains(a.PlanId)));
        await Delete("PlanMethods", db.PlanMethods.IgnoreQueryFilters().Where(m => plans.Contains(m.PlanId)));
        await Delete("DpuEntries", db.DpuEntries.IgnoreQueryFilters().Where(d => plans.Contains(d.PlanId)));
        await Delete("PlanPeriods", db.PlanPeriods.IgnoreQueryFilters().Where(p => plans.Contains(p.PlanId)));
        await Delete("Plans", db.Plans.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId));
        await Delete("PurposeRevisions", db.PurposeRevisions.IgnoreQueryFilters().Where(r => purposes.Contains(r.PurposeId)));
        await Delete("Purposes", db.Purposes.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId));

        // The citizen's own record.
        await Delete("Representatives", db.Representatives.IgnoreQueryFilters().Where(r => r.CitizenId == citizenId));
        await Delete("ContactTeamMembers", db.ContactTeamMembers.IgnoreQueryFilters().Where(m => m.CitizenId == citizenId));
        await Delete("Placements", db.Placements.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId));
        await Delete("Citizens", db.Citizens.IgnoreQueryFilters().Where(c => c.Id == citizenId));

        var anonymised = await AuditErasure.ErasePersonalFieldsAsync(db, citizenId, erasedUtc, ct);
        return new ErasureCounts(deleted, anonymised);
    }
}
