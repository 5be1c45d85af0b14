using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Deadlines;

using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// The department's tasks for its leaders (an offer head may choose "all my departments"): every
/// deadline of the department's citizens, whoever is responsible, grouped by citizen with counts
/// (a citizen's row opens that citizen's tasks) and listed 25 to a page, sortable.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AfdelingModel(AppDbContext db, CurrentUser me, TaskLoader tasks, AuditLog audit, TimeProvider clock) : TaskListPageModel
{
    /// <summary>One citizen's open tasks counted.</summary>
    public sealed record CitizenCount(Guid CitizenId, string Name, int Overdue, int Due, int Open, int Snoozed);

    [BindProperty(SupportsGet = true, Name = "afdeling")] public Guid? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true, Name = "borger")] public Guid? CitizenId { get; set; }

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public IReadOnlyList<CitizenCount> Citizens { get; private set; } = [];
    public string? ChosenCitizenName { get; private set; }
    public bool IsOfferHead => me.Grants.Any(g => g.Role == Retning.Domain.Organisation.StaffRole.OfferHead);

    protected override string ListPath => Routes.DepartmentTasks();

    protected override string ExtraQuery => $"afdeling={DepartmentId}" + (CitizenId is { } c ? $"&borger={c}" : string.Empty);

    /// <summary>The address of the list narrowed to one citizen (the filters kept).</summary>
    public string CitizenRoutes(Guid citizenId) => $"{Routes.DepartmentTasks()}?afdeling={DepartmentId}&borger={citizenId}&vis={Show ?? TaskFilter.Open}&type={Kind}&sortering={Sort ?? TaskFilter.ByDueDate}";

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
        Citizens = [.. all.Where(r => !r.Deadline.IsDone).GroupBy(r => (r.CitizenId, r.CitizenName))
            .Select(g => new CitizenCount(g.Key.CitizenId, g.Key.CitizenName, g.Count(r => r.IsOverdue),
                g.Count(r => !r.IsSnoozed && r.Deadline.State == DeadlineState.Due), g.Count(), g.Count(r => r.IsSnoozed)))
            .OrderByDescending(c => c.Overdue).ThenByDescending(c => c.Due).ThenBy(c => c.Name, StringComparer.Ordinal)];
        // A citizen outside the chosen departments narrows to nothing (the list shows no rows), never to someone else's tasks.
        ChosenCitizenName = all.FirstOrDefault(r => r.CitizenId == CitizenId)?.CitizenName;
        Present(all, CitizenId);
        await audit.RecordAsync(AuditAction.Search, null, "Afdelingens opgaver",
            $"afdeling={DepartmentId?.ToString() ?? "alle mine"}; borger={CitizenId?.ToString() ?? "alle"}; {Criteria()}", ct);
        return Page();
    }
}
