using Retning.Documents.Status;
using Retning.Domain.Status;

namespace Retning.Web.Api.Reports;

/// <summary>
/// The approved revisions of a verified citizen's status reports (the rows <c>StatusRevision</c> freezes at approval):
/// the API reads only these, so a draft never leaves through it. The content is the frozen JSON, as the pages'
/// documents read it (<see cref="StatusContentJson"/>).
/// </summary>
public static class ApprovedStatusRevisions
{
    public sealed record Approved(StatusRevision Revision, StatusReport Report, StatusContent Content);

    public static async Task<IReadOnlyList<Approved>> ListAsync(AppDbContext db, Guid citizenId, CancellationToken ct)
    {
        var rows = await db.StatusRevisions.AsNoTracking()
            .Join(db.StatusReports.AsNoTracking().Where(r => r.CitizenId == citizenId), v => v.StatusReportId, r => r.Id, (v, r) => new { v, r })
            .ToListAsync(ct);
        return [.. rows.Select(x => new Approved(x.v, x.r, StatusContentJson.Deserialize(x.v.ContentJson)))
            .OrderByDescending(a => a.Content.StatusDate).ThenBy(a => a.Report.Id).ThenByDescending(a => a.Revision.Number)];
    }

    /// <summary>One approved revision of the citizen's, or null (another citizen's revision is not found either).</summary>
    public static async Task<Approved?> FindAsync(AppDbContext db, Guid citizenId, Guid revisionId, CancellationToken ct)
    {
        var row = await db.StatusRevisions.AsNoTracking().Where(v => v.Id == revisionId)
            .Join(db.StatusReports.AsNoTracking().Where(r => r.CitizenId == citizenId), v => v.StatusReportId, r => r.Id, (v, r) => new { v, r })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new Approved(row.v, row.r, StatusContentJson.Deserialize(row.v.ContentJson));
    }

    public static StatusReportListItem Item(Approved a, IEnumerable<Approved> all) => new(
        a.Revision.Id, a.Report.Id, a.Revision.Number, a.Content.PeriodFrom, a.Content.PeriodTo, a.Content.StatusDate, a.Content.Layout,
        Utc(a.Revision.ApprovedUtc), a.Revision.ApprovedById, a.Revision.ApprovedByName,
        all.Any(o => o.Report.Id == a.Report.Id && o.Revision.Number > a.Revision.Number));

    public static StatusReportContent Content(Approved a)
    {
        var c = a.Content;
        return new StatusReportContent(
            a.Revision.Id, a.Report.Id, a.Revision.Number, Utc(a.Revision.ApprovedUtc), a.Revision.ApprovedByName,
            c.CitizenName, c.MaskedCpr, c.Department, c.Municipality, c.Caseworker, c.Layout, c.PeriodFrom, c.PeriodTo, c.StatusDate,
            [.. c.Purposes.Select(p => new StatusPurposeItem(p.Title, p.Text))],
            c.Sender is { } s ? new StatusSenderItem(s.Offer, s.Department, s.Address, s.Phone, [.. s.ContactTeam.Select(m => new StatusContactItem(m.Name, m.Phone, m.Email))]) : null,
            [.. c.Sections.Select(s => new StatusSectionItem(s.Key, s.Heading, s.SinceTitle, s.Since, s.AheadTitle, s.Ahead))],
            [.. c.Goals.Select(Goal)],
            c.ScoresAppendix);
    }

    private static StatusGoalItem Goal(GoalContent g) => new(
        g.Id, g.ParentId, g.IsSubGoal, g.Theme, g.Text, g.Rationale, g.State, g.Interventions,
        [.. g.Evaluations.Select(e => new StatusEvaluationItem(e.On, e.Decision, e.Conclusion, e.QuantitativeComment))],
        g.Indicator is { } i
            ? new StatusIndicatorItem(i.ScaleName, [.. i.Levels.Select(l => new StatusScaleLevelItem(l.Value, l.Label))],
                [.. i.Scores.Select(s => new StatusScoreItem(s.On, s.Value, s.Label))], i.Trend, i.ResponseRate)
            : null);

    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
