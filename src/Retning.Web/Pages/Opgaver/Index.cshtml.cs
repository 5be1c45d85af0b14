using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Access;
using Retning.Domain.Audit;
using Retning.Domain.Deadlines;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// "Mine opgaver": the deadlines of the citizens whose contact team I am in, and — for a leader —
/// the leader's deadlines (calling the status meeting) in my departments; sorted by due date,
/// overdue first in line and marked, filterable.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TaskLoader tasks, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "vis")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public DeadlineKind? Kind { get; set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Today = DanishTime.Today(clock);
        var mine = await db.ContactTeamMembers.AsNoTracking().Where(m => m.UserId == me.Id).Select(m => m.CitizenId).ToListAsync(ct);
        var leaderDepartments = me.DepartmentsWhereLeader().ToArray();
        var led = await db.Citizens.AsNoTracking().Where(c => leaderDepartments.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var all = await tasks.ForCitizensAsync([.. mine.Union(led)], Today, ct);
        var mineSet = mine.ToHashSet();
        var ledSet = led.ToHashSet();
        var relevant = all.Where(r => r.Deadline.Responsible == DeadlineResponsible.ContactTeam ? mineSet.Contains(r.CitizenId) : ledSet.Contains(r.CitizenId)).ToList();
        OverdueCount = relevant.Count(r => r.Deadline.State == DeadlineState.Overdue);
        Rows = [.. TaskFilter.Apply(relevant, Show, Kind)];
        await audit.RecordAsync(AuditAction.Search, null, "Mine opgaver", $"vis={Show ?? TaskFilter.Open}; type={Kind?.ToString() ?? "alle"}; viste={Rows.Count}", ct);
        return Page();
    }

    public bool IsLeader => me.DepartmentsWhereLeader().Any();
}
