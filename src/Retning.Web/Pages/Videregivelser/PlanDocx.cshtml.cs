using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Documents.Docx;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Borgere;
using Retning.Web.Pages.Planer;
using Retning.Web.Pages.Samtykker;

namespace Retning.Web.Pages.Videregivelser;

/// <summary>
/// The chosen parts of a recorded plan disclosure as a Word document to send (contact team and
/// leaders, who disclose). Only for plan disclosures (404 otherwise); built from the plan as it
/// is now and holding exactly the parts the log records. An export, audited.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PlanDocxModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid disclosureId)
    {
        if (await LoadCitizenAsync(id, "videregivelser") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        var disclosure = await Db.Disclosures.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == disclosureId && d.CitizenId == id && d.Subject == DisclosureSubject.Plan, ct);
        var plan = disclosure is null ? null : await plans.FindAsync(id, ct);
        if (disclosure is null || plan is null)
        {
            return NotFound();
        }

        if (await RequireEditAsync("Videregivelse: individuel plan, DOCX (uden ret)") is { } forbidden)
        {
            return forbidden;
        }

        var document = await PlanDocumentBuilder.BuildAsync(Db, Citizen, plan, NowUtc, ct);
        var consent = disclosure.ConsentId is { } consentId ? await ConsentQueries.FindAsync(Db, id, consentId, ct) : null;
        var docx = DocxWriter.Write(PlanExtractDocument.Build(document, disclosure, consent, Today, Clock.GetUtcNow()));
        await audit.RecordAsync(AuditAction.Export, id, "Videregivelse: individuel plan hentet (DOCX)",
            $"videregivelse={disclosure.Id}; dele={disclosure.PlanParts}", ct);
        return File(docx, DocxWriter.ContentType, $"individuel-plan-udvalgte-dele-{Today:yyyy-MM-dd}{DocxWriter.FileExtension}");
    }
}
