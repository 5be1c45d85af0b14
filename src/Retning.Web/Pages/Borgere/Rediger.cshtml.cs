using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// Editing a citizen's master data (the one page that shows the full CPR number). The form
/// carries the version it was opened on; if someone saved in between, the user sees both
/// versions and nothing is overwritten.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RedigerModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), ICitizenForm
{
    [BindProperty]
    public CitizenInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem>? Departments => null;
    public bool ShowDischarge => true;

    /// <summary>The stored version when a save met a conflict.</summary>
    public CitizenInput? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: stamdata (redigering uden ret)") is { } denied)
        {
            return denied;
        }

        Input = CitizenInput.From(Citizen);
        await audit.RecordAsync(AuditAction.Read, id, "Borger: stamdata (redigering)", ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: stamdata (redigering uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var errors = await Input.CheckAsync(Db, Today, existingId: id, ct);
        // A binder error (e.g. an impossible date) already stands at its field; keep one message there.
        ModelState.AddFieldErrors([.. errors.Where(e => ModelState.GetFieldValidationState($"Input.{e.Field}") != ModelValidationState.Invalid)]);
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Borger: stamdata (redigering, fejl i formular)", ct: ct);
            return Page();
        }

        // The version the user started from is the one the update must match.
        Db.Entry(Citizen).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Citizen);
        audit.Add(AuditAction.Update, id, "Borger: stamdata");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        TempData["Success"] = "Stamdata er gemt.";
        return Redirect(Routes.Citizen(id));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        var stored = await Db.Citizens.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Stored = CitizenInput.From(stored);
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, "En anden har gemt ændringer på borgeren, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        await audit.RecordAsync(AuditAction.Read, id, "Borger: stamdata (konflikt)", ct: ct);
        return Page();
    }
}
