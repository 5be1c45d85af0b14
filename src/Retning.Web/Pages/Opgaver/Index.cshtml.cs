using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
public sealed class IndexModel(CurrentUser me, MyTasks myTasks, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "vis")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public DeadlineKind? Kind { get; set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    public int OverdueCount { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var relevant = await myTasks.LoadAsync(ct);
        OverdueCount = relevant.Count(r => r.IsOverdue);
        Rows = [.. TaskFilter.Apply(relevant, Show, Kind)];
        await audit.RecordAsync(AuditAction.Search, null, "Mine opgaver", $"vis={Show ?? TaskFilter.Open}; type={Kind?.ToString() ?? "alle"}; viste={Rows.Count}", ct);
        return Page();
    }

    public bool IsLeader => me.DepartmentsWhereLeader().Any();
}
