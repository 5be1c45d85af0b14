using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>Creating a citizen: for the leaders of a department, into one of their departments.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel, ICitizenForm
{
    [BindProperty]
    public CitizenInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem>? Departments { get; private set; }
    public bool ShowDischarge => false;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadDepartmentsAsync())
        {
            return Forbid();
        }

        Input.EnrolledOn = DanishTime.Today(clock);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadDepartmentsAsync())
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        var today = DanishTime.Today(clock);
        var errors = await Input.CheckAsync(db, today, existingId: null, ct);
        // A binder error (e.g. an impossible date) already stands at its field; keep one message there.
        ModelState.AddFieldErrors([.. errors.Where(e => ModelState.GetFieldValidationState($"Input.{e.Field}") != ModelValidationState.Invalid)]);
        if (Input.DepartmentId is not { } departmentId || !me.DepartmentsWhereLeader().Contains(departmentId))
        {
            ModelState.AddModelError("Input.DepartmentId", "Vælg en afdeling, som du er leder af.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var citizen = new Citizen { FirstName = string.Empty, LastName = string.Empty, CprDigits = string.Empty, DepartmentId = Input.DepartmentId!.Value };
        Input.ApplyTo(citizen);
        citizen.Placements.Add(new DepartmentPlacement { CitizenId = citizen.Id, DepartmentId = citizen.DepartmentId, From = citizen.EnrolledOn });
        db.Citizens.Add(citizen);
        audit.Add(AuditAction.Create, citizen.Id, "Borger: stamdata");
        await db.SaveChangesAsync(ct);

        TempData["Success"] = "Borgeren er oprettet. Vælg kontaktteam og tilføj repræsentanter.";
        return Redirect(Routes.Citizen(citizen.Id).Overview);
    }

    private async Task<bool> LoadDepartmentsAsync()
    {
        var leaderOf = me.DepartmentsWhereLeader().ToArray();
        if (leaderOf.Length == 0)
        {
            return false;
        }

        var departments = await db.Departments.AsNoTracking()
            .Where(d => leaderOf.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name })
            .ToListAsync(HttpContext.RequestAborted);
        Departments = [new SelectListItem("Vælg afdeling", string.Empty), .. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString()))];
        return true;
    }
}
