using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan.Perioder;

/// <summary>A closed period's frozen plan in the A4 print layout.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, PlanService plans)
    : CitizenPageModel(db, access, clock)
{
    public PeriodSnapshot Snapshot { get; private set; } = default!;

    // Vis and Udskriv are alike on purpose: the same snapshot at two addresses, each audited under its own subject.
    public async Task<IActionResult> OnGetAsync(Guid id, int number) =>
        await LoadCitizenAsync(id, CitizenRight.Read, "plan")
        ?? Show(await PeriodSnapshot.LoadAsync(Db, plans, audit, Citizen, number, "Plan: periode (udskrift)", HttpContext.RequestAborted));

    private IActionResult Show(PeriodSnapshot? snapshot)
    {
        Snapshot = snapshot!;
        return snapshot is null ? NotFound() : Page();
    }
}
