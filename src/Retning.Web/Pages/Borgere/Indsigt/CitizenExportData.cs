using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Domain.Quality;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Rights;
using Retning.Domain.Status;
using Retning.Domain.Tasks;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>One row of the access log as the citizen sees it: the reader's role, never the name.</summary>
public sealed record AccessLogLine(DateTime AtUtc, string Role, AuditAction Action, string ActionText, string Subject);

/// <summary>A status report with everything that hangs off it: sections, goals, comments, events and approved revisions.</summary>
public sealed record StatusExport(StatusReport Report, IReadOnlyList<StatusComment> Comments, IReadOnlyList<StatusEvent> Events, IReadOnlyList<StatusRevision> Revisions);

/// <summary>
/// Everything Retning holds about one citizen (GDPR art. 15), loaded as the domain records are
/// stored, so the JSON of the package is complete by construction: a new column on one of these
/// tables appears in the export without a change here.
/// </summary>
public sealed record CitizenExportData(
    Citizen Citizen,
    string DepartmentName,
    string OfferName,
    IReadOnlyList<Representative> Representatives,
    IReadOnlyList<ContactTeamMember> ContactTeam,
    IReadOnlyList<DepartmentPlacement> Placements,
    IReadOnlyList<Purpose> Purposes,
    Retning.Domain.Plans.Plan? Plan,
    IReadOnlyList<GoalStateChange> GoalStateChanges,
    IReadOnlyList<DiaryEntry> DiaryNotes,
    IReadOnlyList<Evaluation> Evaluations,
    IReadOnlyList<ThemeEvaluation> ThemeEvaluations,
    IReadOnlyList<PlanRevisionRequest> PlanRevisionRequests,
    IReadOnlyList<StatusExport> Statuses,
    IReadOnlyList<StatusMeeting> Meetings,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<Disclosure> Disclosures,
    IReadOnlyList<TaskHandling> TaskHandlings,
    IReadOnlyList<PlanReview> QualityReviews,
    IReadOnlyList<CitizenInterview> QualityInterviews,
    IReadOnlyList<AccessLogLine> AccessLog)
{
    /// <summary>Loads the package's content through the caller's department scoping (the citizen was found through it).</summary>
    public static async Task<CitizenExportData> LoadAsync(AppDbContext db, Citizen found, CancellationToken ct)
    {
        var id = found.Id;
        var citizen = await db.Citizens.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Assessments).Include(p => p.Methods).Include(p => p.DpuEntries)
            .Include(p => p.Goals).ThenInclude(g => g.Interventions)
            .Include(p => p.Goals).ThenInclude(g => g.Collaborators)
            .Include(p => p.Periods)
            .FirstOrDefaultAsync(p => p.CitizenId == id, ct);
        var goalIds = plan?.Goals.Select(g => g.Id).ToList() ?? [];
        var reports = await db.StatusReports.AsNoTracking().AsSplitQuery().Include(r => r.Sections).Include(r => r.Goals)
            .Where(r => r.CitizenId == id).OrderBy(r => r.CreatedUtc).ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var comments = await db.StatusComments.AsNoTracking().Where(c => reportIds.Contains(c.StatusReportId)).ToListAsync(ct);
        var events = await db.StatusEvents.AsNoTracking().Where(e => reportIds.Contains(e.StatusReportId)).ToListAsync(ct);
        var revisions = await db.StatusRevisions.AsNoTracking().Where(v => reportIds.Contains(v.StatusReportId)).ToListAsync(ct);

        return new CitizenExportData(
            citizen,
            found.Department?.Name ?? "",
            found.Department?.Offer?.Name ?? "",
            await db.Representatives.AsNoTracking().Where(r => r.CitizenId == id).ToListAsync(ct),
            await db.ContactTeamMembers.AsNoTracking().Where(m => m.CitizenId == id).ToListAsync(ct),
            await db.Placements.AsNoTracking().Where(p => p.CitizenId == id).ToListAsync(ct),
            await db.Purposes.AsNoTracking().Include(p => p.Revisions).Where(p => p.CitizenId == id).ToListAsync(ct),
            plan,
            await db.GoalStateChanges.AsNoTracking().Where(c => goalIds.Contains(c.GoalId)).ToListAsync(ct),
            // A note a leader marked as written on the wrong citizen is about someone else: it is not this citizen's data.
            await db.DiaryEntries.AsNoTracking().Include(e => e.Versions)
                .Where(e => e.CitizenId == id && e.WrongCitizenMarkedUtc == null).OrderBy(e => e.ObservedAtUtc).ToListAsync(ct),
            await db.Evaluations.AsNoTracking().Where(e => e.CitizenId == id).ToListAsync(ct),
            await db.ThemeEvaluations.AsNoTracking().Where(e => e.CitizenId == id).ToListAsync(ct),
            await db.PlanRevisionRequests.AsNoTracking().Where(r => r.CitizenId == id).ToListAsync(ct),
            [.. reports.Select(r => new StatusExport(r,
                [.. comments.Where(c => c.StatusReportId == r.Id)],
                [.. events.Where(e => e.StatusReportId == r.Id)],
                [.. revisions.Where(v => v.StatusReportId == r.Id).OrderBy(v => v.Number)]))],
            await db.StatusMeetings.AsNoTracking().Include(m => m.Participants).Where(m => m.CitizenId == id).OrderBy(m => m.On).ToListAsync(ct),
            await db.Consents.AsNoTracking().Where(c => c.CitizenId == id).OrderBy(c => c.GivenOn).ToListAsync(ct),
            await db.Disclosures.AsNoTracking().Where(d => d.CitizenId == id).OrderBy(d => d.SentOn).ToListAsync(ct),
            await db.TaskHandlings.AsNoTracking().Where(h => h.CitizenId == id).ToListAsync(ct),
            // A monitoring round's judgement of the plan and the citizen's own answers are the citizen's data (docs/domain.md, "Quality monitoring").
            await db.PlanReviews.AsNoTracking().Where(r => r.CitizenId == id).OrderBy(r => r.SavedUtc).ToListAsync(ct),
            await db.CitizenInterviews.AsNoTracking().Where(i => i.CitizenId == id).OrderBy(i => i.InterviewedOn).ToListAsync(ct),
            await AccessLogAsync(db, citizen, found.Department?.OfferId ?? Guid.Empty, ct));
    }

    /// <summary>The audit rows on this citizen with each reader shown by role (<see cref="AccessLogRole"/>).</summary>
    private static async Task<IReadOnlyList<AccessLogLine>> AccessLogAsync(AppDbContext db, Citizen citizen, Guid offerId, CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking().Where(e => e.CitizenId == citizen.Id).OrderBy(e => e.Id)
            .Select(e => new { e.AtUtc, e.UserId, e.Action, e.Subject }).ToListAsync(ct);
        var userIds = rows.Where(r => r.UserId != null).Select(r => r.UserId!.Value).Distinct().ToList();
        var positions = (await db.Memberships.AsNoTracking().Where(m => userIds.Contains(m.UserId))
                .Select(m => new { m.UserId, m.Role, m.DepartmentId, Department = m.Department!.Name, m.Department.OfferId, Offer = m.Department.Offer!.Name })
                .ToListAsync(ct))
            .ToLookup(m => m.UserId, m => new StaffPosition(m.Role, m.DepartmentId, m.Department, m.OfferId, m.Offer));
        var labels = userIds.ToDictionary(u => u, u => AccessLogRole.For([.. positions[u]], citizen.DepartmentId, offerId));
        return [.. rows.Select(r => new AccessLogLine(r.AtUtc, r.UserId is { } u ? labels[u] : AccessLogRole.Unknown, r.Action, r.Action.Danish(), r.Subject))];
    }
}
