using Retning.Domain.Deadlines;
using Retning.Domain.Organisation;

using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// The offer head's overview: per department how many tasks are overdue, due soon and upcoming,
/// and which kinds of deadline are overdue — the way into each department's list.
/// </summary>
public sealed class TilbudModel(AppDbContext db, CurrentUser me, TaskLoader tasks, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <param name="Name">The department's own name: the column heading of the overdue kinds, short enough for a tablet.</param>
    public sealed record DepartmentRow(Guid Id, string Label, string Name, int Overdue, int Due, int Upcoming);

    public sealed record KindRow(DeadlineKind Kind, IReadOnlyList<int> OverduePerDepartment, int Total);

    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];
    public IReadOnlyList<KindRow> OverdueKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var offers = me.Grants.Where(g => g.Role == StaffRole.OfferHead).Select(g => g.OfferId).Distinct().ToArray();
        if (offers.Length == 0)
        {
            return Forbid();
        }

        var departments = await db.Departments.AsNoTracking().Where(d => offers.Contains(d.OfferId))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name, Label = d.Offer!.Name + " – " + d.Name }).ToListAsync(ct);
        var ids = departments.Select(d => d.Id).ToArray();
        var citizens = await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var all = await tasks.ForCitizensAsync(citizens, DanishTime.Today(clock), ct);
        var byDepartment = all.ToLookup(r => r.DepartmentId);
        Departments = [.. departments.Select(d => new DepartmentRow(d.Id, d.Label, d.Name,
            byDepartment[d.Id].Count(r => r.IsOverdue),
            byDepartment[d.Id].Count(r => r.Deadline.State == DeadlineState.Due),
            byDepartment[d.Id].Count(r => r.Deadline.State == DeadlineState.Upcoming)))];
        OverdueKinds = [.. all.Where(r => r.IsOverdue).GroupBy(r => r.Deadline.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new KindRow(g.Key, [.. departments.Select(d => g.Count(r => r.DepartmentId == d.Id))], g.Count()))];
        await audit.RecordAsync(AuditAction.Search, null, "Tilbuddets opgaver", $"afdelinger={departments.Count}; borgere={citizens.Count}; overskredne={Departments.Sum(d => d.Overdue)}", ct);
        return Page();
    }
}
