using Retning.Domain.Consents;
using Retning.Web.Services.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>
/// The citizen's consent registry: every consent with who gave it, for what, from/to, the yearly
/// review (overdue marked) and its state today. Everyone in the department reads it (the quality
/// officer too); the contact team and leaders add, edit, mark as reviewed and withdraw.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, Services.Tasks.MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public sealed record Row(Consent Consent, ConsentState State);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The day the states are computed for (today in Denmark).</summary>
    public DateOnly ShownOn => Today;

    /// <summary>Whether a consent now covers disclosing the individual plan to the municipality.</summary>
    public Consent? PlanConsent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, ConsentForm.Tab) is { } denied)
        {
            return denied;
        }

        await LoadRowsAsync(id, HttpContext.RequestAborted);

        await audit.RecordAsync(AuditAction.Read, id, "Samtykker: vist", $"samtykker={Rows.Count}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>"Revurderet": the yearly review is done, so the next one is a year from today.</summary>
    public async Task<IActionResult> OnPostReviewedAsync(Guid id, Guid consentId, int version)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, "Samtykke: revurderet (uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        await LoadRowsAsync(id, ct);
        var row = Rows.FirstOrDefault(r => r.Consent.Id == consentId);
        if (row is null)
        {
            return NotFound();
        }

        if (row.State is ConsentState.Withdrawn or ConsentState.Expired)
        {
            ModelState.AddModelError(string.Empty, $"Samtykket er {row.State.Danish().ToLowerInvariant()} og skal ikke revurderes. Registrér et nyt samtykke, hvis der er givet et.");
            await audit.RecordAsync(AuditAction.Read, id, "Samtykker: vist (revurdering afvist)", $"samtykke={consentId}", ct);
            return Page();
        }

        var consent = row.Consent;
        Db.Attach(consent);
        Db.Entry(consent).Property(c => c.Version).OriginalValue = version;
        consent.ReviewOn = ConsentRules.DefaultReviewOn(Today);
        audit.Add(AuditAction.Update, id, "Samtykke: revurderet", $"samtykke={consent.Id}; næste={consent.ReviewOn:yyyy-MM-dd}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            await LoadRowsAsync(id, ct);
            ModelState.AddModelError(string.Empty, "En anden har ændret samtykket, lige før du markerede det som revurderet. Intet er gemt. Se det gemte herunder, og markér igen, hvis revurderingen stadig skal registreres.");
            await audit.RecordAsync(AuditAction.Read, id, "Samtykker: vist (konflikt)", $"samtykke={consentId}", ct);
            return Page();
        }

        myTasks.Forget();
        TempData["Success"] = $"Samtykket er markeret som revurderet. Næste revurdering: {consent.ReviewOn.ToDanishDate()}.";
        return Redirect(Routes.Citizen(id).Consent(consent.Id));
    }

    private async Task LoadRowsAsync(Guid id, CancellationToken ct)
    {
        var consents = await ConsentQueries.ListAsync(Db, id, ct);
        // Those in force first (newest given first), then the ended and withdrawn.
        Rows = [.. consents.Select(c => new Row(c, ConsentRules.StateOn(c, Today)))
            .OrderBy(r => r.State is ConsentState.Withdrawn or ConsentState.Expired ? 1 : 0)];
        PlanConsent = ConsentRules.Covering(consents, ConsentScope.PlanToMunicipality, Today);
    }
}
