using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin.Tilbud;

/// <summary>
/// One offer: its name, legal basis and area (guarded by the version it was opened on), and its
/// departments with a form to add one.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class RedigerModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<RedigerModel> logger) : PageModel
{
    [BindProperty]
    public OfferInput Input { get; set; } = new();

    [BindProperty]
    public DepartmentInput NewDepartment { get; set; } = new();

    public Offer Offer { get; private set; } = default!;
    public string Region { get; private set; } = string.Empty;
    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];

    /// <summary>The stored version when a save met a conflict.</summary>
    public OfferInput? Stored { get; private set; }

    public sealed record DepartmentRow(Guid Id, string Name, int Members);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = OfferInput.From(Offer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        this.KeepOnly(nameof(Input), Input);
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Input.LegalBasis is not null && !AdminOptions.IsKnownLegalBasis(Input.LegalBasis, Offer.LegalBasis))
        {
            ModelState.AddModelError("Input.LegalBasis", "Vælg et lovgrundlag fra listen.");
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(Input.CheckContact()));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The version the administrator started from is the one the update must match.
        db.Entry(Offer).Property(o => o.Version).OriginalValue = Input.Version;
        var before = OfferInput.From(Offer);
        Input.ApplyTo(Offer);
        var after = OfferInput.From(Offer);
        audit.Add(AuditAction.Update, null, AdminAudit.OfferSubject, new AuditDetailBuilder().Key("tilbud", id)
            .Change("navn", before.Name, after.Name).Change("lovgrundlag", before.LegalBasis, after.LegalBasis)
            .Change("område", before.Area?.Danish(), after.Area?.Danish()).Change("adresse", before.Address, after.Address)
            .Change("telefon", before.Phone, after.Phone).Change("målkriterier", before.SmortVariant?.ToString(), after.SmortVariant?.ToString()).ToString());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The header of everyone with a role in the offer names it.
            await AccessStamps.RaiseForOfferAsync(db, id, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            audit.DiscardUncommitted();
            return await ShowConflictAsync(id, ct);
        }

        logger.LogInformation("Administrator {AdminId} updated offer {OfferId}", me.Id, id);
        TempData["Success"] = "Tilbuddet er gemt.";
        return Redirect(Routes.Admin.Offer(id));
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAfdelingAsync(Guid id)
    {
        this.KeepOnly(nameof(NewDepartment), NewDepartment);
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = OfferInput.From(Offer);
        var name = FormText.Clean(NewDepartment.Name);
        if (name is not null && Departments.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("NewDepartment.Name", $"Tilbuddet har allerede en afdeling, der hedder {name}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var department = new Department { OfferId = id, Name = name! };
        db.Departments.Add(department);
        audit.Add(AuditAction.Create, null, AdminAudit.DepartmentSubject,
            new AuditDetailBuilder().Key("afdeling", department.Id).Key("tilbud", id).Fact("navn", department.Name).ToString());
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The offer's heads see the new department from their next request on.
            await AccessStamps.RaiseForOfferAsync(db, id, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        logger.LogInformation("Administrator {AdminId} added department {DepartmentId} to offer {OfferId}", me.Id, department.Id, id);

        TempData["Success"] = "Afdelingen er tilføjet.";
        return Redirect(Routes.Admin.Offer(id));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var stored = await db.Offers.AsNoTracking().Include(o => o.Region).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Offer = stored;
        Stored = OfferInput.From(stored);
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, "En anden har gemt ændringer på tilbuddet, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.");
        logger.LogInformation("Administrator {AdminId} met a concurrency conflict on offer {OfferId}", me.Id, id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var offer = await db.Offers.Include(o => o.Region).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null)
        {
            return false;
        }

        Offer = offer;
        Region = offer.Region?.Name ?? string.Empty;
        Departments = await db.Departments.AsNoTracking()
            .Where(d => d.OfferId == id)
            .OrderBy(d => d.Name)
            .Select(d => new DepartmentRow(d.Id, d.Name, db.Memberships.Count(m => m.DepartmentId == d.Id)))
            .ToListAsync(ct);
        return true;
    }
}
