using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Afdelinger;

/// <summary>Renaming a department, guarded by the version it was opened on.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class RedigerModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<RedigerModel> logger) : PageModel
{
    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    public Department Department { get; private set; } = default!;
    public string OfferName { get; private set; } = string.Empty;

    /// <summary>The stored name when a save met a conflict.</summary>
    public string? StoredName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new DepartmentInput { Name = Department.Name, Version = Department.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var name = FormText.Clean(Input.Name);
        if (name is not null && await db.Departments.AnyAsync(d => d.OfferId == Department.OfferId && d.Id != id && d.Name == name, ct))
        {
            ModelState.AddModelError("Input.Name", $"{OfferName} har allerede en afdeling, der hedder {name}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Department).Property(d => d.Version).OriginalValue = Input.Version;
        audit.Add(AuditAction.Update, null, AdminAudit.DepartmentSubject,
            new AuditDetailBuilder().Key("afdeling", id).Change("navn", Department.Name, name).ToString());
        Department.Name = name!;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The header of everyone with a role in the department names it (raised for its whole offer: renames are rare).
            await AccessStamps.RaiseForOfferAsync(db, Department.OfferId, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            audit.DiscardUncommitted();
            return await ShowConflictAsync(id, ct);
        }

        logger.LogInformation("Administrator {AdminId} renamed department {DepartmentId}", me.Id, id);
        TempData["Success"] = "Afdelingens navn er gemt.";
        return Redirect(Routes.Admin.Offer(Department.OfferId));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        StoredName = Department.Name;
        // Saving again is now a deliberate choice to replace the stored name with this form's.
        Input.Version = Department.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, "En anden har gemt ændringer på afdelingen, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        logger.LogInformation("Administrator {AdminId} met a concurrency conflict on department {DepartmentId}", me.Id, id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var department = await db.Departments.Include(d => d.Offer).FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        if (department is null)
        {
            return false;
        }

        Department = department;
        OfferName = department.Offer?.Name ?? string.Empty;
        return true;
    }
}
