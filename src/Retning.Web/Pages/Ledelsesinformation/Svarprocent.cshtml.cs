using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Web.Pages.Borgere.Delmaal;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// Response rates of a department for its leaders (and the quality officer): in total, per
/// citizen and per staff member, for a chosen period. For learning, not control (docs/domain.md,
/// "Diary notes and scores"): every citizen row opens the citizen. Care workers get 403.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SvarprocentModel(AppDbContext db, CurrentUser me, AuditLog audit, DiaryFigures figures, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "afdeling")]
    public Guid? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "fra")]
    public string? Fra { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public string? Til { get; set; }

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public string DepartmentLabel { get; private set; } = string.Empty;
    public GrafPeriod Period { get; private set; } = default!;
    public string? DepartmentProblem { get; private set; }
    public DepartmentRates Rates { get; private set; } = default!;

    /// <summary>Leaders of a department and its quality officer may read its figures.</summary>
    public static bool MayRead(IReadOnlySet<StaffRole> roles) =>
        CitizenAccess.IsLeader(roles) || roles.Contains(StaffRole.QualityOfficer);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var allowed = me.VisibleDepartmentIds.Where(d => MayRead(me.RolesIn(d))).ToArray();
        if (allowed.Length == 0)
        {
            return Forbid();
        }

        var departments = await db.Departments.AsNoTracking().Where(d => allowed.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name })
            .ToListAsync(ct);
        if (DepartmentId is { } wanted && departments.All(d => d.Id != wanted))
        {
            DepartmentProblem = "Du kan ikke se tal for den valgte afdeling. Vi viser din første afdeling.";
            DepartmentId = null;
        }

        var department = departments.FirstOrDefault(d => d.Id == DepartmentId) ?? departments[0];
        DepartmentId = department.Id;
        DepartmentLabel = department.Label;
        Departments = [.. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString(), d.Id == department.Id))];

        var today = DanishTime.Today(clock);
        Period = GrafPeriod.Resolve(Fra, Til, (today.AddMonths(-3), today), today);
        Rates = await new ResponseRateReport(db, figures).ForDepartmentAsync(department.Id, Period.From, Period.To, ct);

        await audit.RecordAsync(AuditAction.Read, null, "Ledelsesinformation: svarprocent",
            $"afdeling: {department.Label} ({department.Id}); fra: {Period.From:yyyy-MM-dd}; til: {Period.To:yyyy-MM-dd}; borgere: {Rates.Citizens.Count}", ct);
        return Page();
    }

    public static string Percent(RateSum rate) => rate.Percent is { } p ? $"{p} %" : rate.NothingExpectedYet ? "ingen scoringer forventet endnu" : "–";
}
