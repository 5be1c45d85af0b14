using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Access;
using Retning.Domain.Citizens;

namespace Retning.Web.Pages.Borgere;

/// <summary>Moving a citizen to another department: the old placement closes, the history stays.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FlytModel(AppDbContext db, CitizenAccessService access, CurrentUser me, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public sealed class MoveInput
    {
        public Guid? DepartmentId { get; set; }
        public DateOnly? MovedOn { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "overblik", include: q => q.Include(c => c.Placements)) is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanMoveCitizen(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: flytning (uden ret)");
        }

        await LoadDepartmentsAsync();

        Input = new MoveInput { MovedOn = Today, Version = Citizen.Version };
        await audit.RecordAsync(AuditAction.Read, id, "Borger: flytning", ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "overblik", include: q => q.Include(c => c.Placements)) is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanMoveCitizen(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: flytning (uden ret)");
        }

        await LoadDepartmentsAsync();

        var ct = HttpContext.RequestAborted;
        if (Input.DepartmentId is not { } target || Departments.All(d => d.Value != target.ToString()))
        {
            ModelState.AddModelError("Input.DepartmentId", "Vælg den afdeling, borgeren flytter til.");
        }

        if (Input.MovedOn is null)
        {
            ModelState.AddModelError("Input.MovedOn", "Indtast datoen for flytningen.");
        }

        if (ModelState.IsValid)
        {
            Db.Entry(Citizen).Property(c => c.Version).OriginalValue = Input.Version;
            if (Placements.Move(Citizen, Input.DepartmentId!.Value, Input.MovedOn!.Value) is { } error)
            {
                ModelState.AddModelError("Input.MovedOn", error);
            }
            else
            {
                audit.Add(AuditAction.Update, id, "Borger: flyttet afdeling");
                try
                {
                    await Db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Someone changed the citizen meanwhile: nothing is saved, the form stays filled in.
                    audit.DiscardUncommitted();
                    Db.ChangeTracker.Clear();
                    Input.Version = await Db.Citizens.Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
                    ModelState.Remove("Input.Version");
                    ModelState.AddModelError(string.Empty, "En anden har ændret borgeren, mens du udfyldte formularen. Intet er gemt. Kontroller og flyt igen.");
                    await audit.RecordAsync(AuditAction.Read, id, "Borger: flytning (konflikt)", ct: ct);
                    return Page();
                }

                TempData["Success"] = "Borgeren er flyttet.";
                // The mover may not see the new department; then the list is the place to land.
                return me.VisibleDepartmentIds.Contains(Input.DepartmentId!.Value) ? Redirect(Routes.Citizen(id)) : Redirect(Routes.Citizens);
            }
        }

        await audit.RecordAsync(AuditAction.Read, id, "Borger: flytning (fejl i formular)", ct: ct);
        return Page();
    }

    private async Task LoadDepartmentsAsync()
    {
        // Moves stay within the offer the citizen lives in.
        var offerId = Citizen.Department!.OfferId;
        var departmentId = Citizen.DepartmentId;
        var departments = await Db.Departments.AsNoTracking()
            .Where(d => d.OfferId == offerId && d.Id != departmentId)
            .OrderBy(d => d.Name)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString()))
            .ToListAsync(HttpContext.RequestAborted);
        Departments = [new SelectListItem("Vælg afdeling", string.Empty), .. departments];
    }
}
