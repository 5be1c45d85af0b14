using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Videregivelser;

/// <summary>
/// The chosen parts of a recorded plan disclosure as the Word document that was sent (contact team
/// and leaders, who disclose). Only for plan disclosures (404 otherwise). Served from the copy frozen
/// when the disclosure was recorded (<see cref="PlanDisclosureCopy"/>), never rebuilt from today's plan;
/// a disclosure recorded before copies were kept gets a page saying so. An export, audited.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DocxModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public Disclosure Disclosure { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid disclosureId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "videregivelser", "Videregivelse: individuel plan, DOCX (uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var disclosure = await Db.Disclosures.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == disclosureId && d.CitizenId == id && d.Subject == DisclosureSubject.Plan, ct);
        if (disclosure is null)
        {
            return NotFound();
        }

        Disclosure = disclosure;
        var snapshot = await Db.DisclosureSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.DisclosureId == disclosureId, ct);
        if (snapshot is null)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Videregivelse: individuel plan, ingen kopi af det sendte", $"videregivelse={disclosure.Id}", ct);
            return Page();
        }

        await audit.RecordAsync(AuditAction.Export, id, "Videregivelse: individuel plan hentet (DOCX)",
            $"videregivelse={disclosure.Id}; dele={disclosure.PlanParts}", ct);
        return File(snapshot.Content, snapshot.ContentType, snapshot.FileName);
    }
}
