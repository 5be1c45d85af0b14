using Retning.Domain.Consents;

namespace Retning.Web.Pages.Logning;

/// <summary>
/// The readable names of the ids in one page of audit rows: one query per kind of id present
/// (never one per row). Citizen data (goals, notes, statuses …) is read through the scoped sets,
/// so what lies outside the reader's departments is not found and is shown as "(ikke tilgængelig)";
/// users, departments and offers are named only within the reader's departments.
/// </summary>
public static class AuditNames
{
    /// <summary>Goal texts are shortened to this many characters in the log.</summary>
    public const int GoalTextLength = 50;

    public static async Task<Func<AuditReference, Guid, string?>> LoadAsync(
        AppDbContext db, IReadOnlySet<Guid> visibleDepartments, IEnumerable<(AuditReference Kind, Guid Id)> references, CancellationToken ct)
    {
        var names = new Dictionary<(AuditReference, Guid), string>();
        foreach (var group in references.Distinct().GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).ToList();
            foreach (var (id, name) in await NamesAsync(db, visibleDepartments, group.Key, ids, ct))
            {
                names[(group.Key, id)] = name;
            }
        }

        return (kind, id) => names.TryGetValue((kind, id), out var name) ? name : null;
    }

    private static async Task<IEnumerable<(Guid Id, string Name)>> NamesAsync(
        AppDbContext db, IReadOnlySet<Guid> departments, AuditReference kind, List<Guid> ids, CancellationToken ct)
    {
        switch (kind)
        {
            case AuditReference.Goal:
                var goals = await db.Goals.AsNoTracking().Where(g => ids.Contains(g.Id))
                    .Select(g => new { g.Id, g.Text, Sub = g.ParentGoalId != null }).ToListAsync(ct);
                return goals.Select(g => (g.Id, $"{(g.Sub ? "delmål " : string.Empty)}\"{Shorten(g.Text, GoalTextLength)}\""));
            case AuditReference.User:
                var users = await db.Users.AsNoTracking()
                    .Where(u => ids.Contains(u.Id) && db.Memberships.Any(m => m.UserId == u.Id && departments.Contains(m.DepartmentId)))
                    .Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
                return users.Select(u => (u.Id, u.FullName));
            case AuditReference.Department:
                var units = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id) && departments.Contains(d.Id))
                    .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
                return units.Select(d => (d.Id, d.Name));
            case AuditReference.Offer:
                var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Departments.Any(d => departments.Contains(d.Id)))
                    .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
                return offers.Select(o => (o.Id, o.Name));
            case AuditReference.StatusReport:
                var reports = await db.StatusReports.AsNoTracking().Where(r => ids.Contains(r.Id))
                    .Select(r => new { r.Id, r.PeriodFrom, r.PeriodTo }).ToListAsync(ct);
                return reports.Select(r => (r.Id, $"status {r.PeriodFrom.ToDanishDate()}–{r.PeriodTo.ToDanishDate()}"));
            case AuditReference.Meeting:
                var meetings = await db.StatusMeetings.AsNoTracking().Where(m => ids.Contains(m.Id))
                    .Select(m => new { m.Id, m.On }).ToListAsync(ct);
                return meetings.Select(m => (m.Id, $"statusmøde {m.On.ToDanishDate()}"));
            case AuditReference.DiaryEntry:
                var notes = await db.DiaryEntries.AsNoTracking().Where(e => ids.Contains(e.Id))
                    .Select(e => new { e.Id, e.ObservedAtUtc, e.AuthorName }).ToListAsync(ct);
                return notes.Select(e => (e.Id, $"notat {DanishTime.ToLocal(e.ObservedAtUtc).ToDanishDateTime()} af {e.AuthorName}"));
            case AuditReference.Evaluation:
                var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.Id))
                    .Select(e => new { e.Id, e.EvaluatedOn }).ToListAsync(ct);
                return evaluations.Select(e => (e.Id, $"evaluering {e.EvaluatedOn.ToDanishDate()}"));
            case AuditReference.Consent:
                var consents = await db.Consents.AsNoTracking().Where(c => ids.Contains(c.Id))
                    .Select(c => new { c.Id, c.Scope, c.GivenOn }).ToListAsync(ct);
                return consents.Select(c => (c.Id, $"samtykke ({c.Scope.Danish().ToLowerInvariant()}) givet {c.GivenOn.ToDanishDate()}"));
            case AuditReference.Disclosure:
                var disclosures = await db.Disclosures.AsNoTracking().Where(d => ids.Contains(d.Id))
                    .Select(d => new { d.Id, d.Subject, d.RecipientName, d.SentOn }).ToListAsync(ct);
                return disclosures.Select(d => (d.Id, $"{d.Subject.Danish().ToLowerInvariant()} til {d.RecipientName} {d.SentOn.ToDanishDate()}"));
            default:
                return [];
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
