using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Deadlines;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// The department's tasks for its leaders (an offer head may choose "all my departments": the
/// offer's overview): every deadline of the department's citizens, whoever is responsible, so
/// the leader sees what is overdue and why.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AfdelingModel(AppDbContext db, CurrentUser me, TaskLoader tasks, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "afdeling")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "vis")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public DeadlineKind? Kind { get; set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public bool IsOfferHead => me.Grants.Any(g => g.Role == Retning.Domain.Organisation.StaffRole.OfferHead);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var led = me.DepartmentsWhereLeader().ToArray();
        if (led.Length == 0)
        {
            return Forbid();
        }

        var departments = await db.Departments.AsNoTracking().Where(d => led.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name).Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name }).ToListAsync(ct);
        Departments = [.. departments.Count > 1 ? [new SelectListItem("Alle mine afdelinger", string.Empty)] : Array.Empty<SelectListItem>(),
            .. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString()))];
        if (DepartmentId is { } chosen && !led.Contains(chosen))
        {
            return Forbid();
        }

        var scope = DepartmentId is { } one ? [one] : led;
        var citizens = await db.Citizens.AsNoTracking().Where(c => scope.Contains(c.DepartmentId) && c.DischargedOn == null).Select(c => c.Id).ToListAsync(ct);
        var all = await tasks.ForCitizensAsync(citizens, DanishTime.Today(clock), ct);
        OverdueCount = all.Count(r => r.IsOverdue);
        Rows = [.. TaskFilter.Apply(all, Show, Kind)];
        await audit.RecordAsync(AuditAction.Search, null, "Afdelingens opgaver",
            $"afdeling={DepartmentId?.ToString() ?? "alle mine"}; vis={Show ?? TaskFilter.Open}; type={Kind?.ToString() ?? "alle"}; viste={Rows.Count}", ct);
        return Page();
    }
}
