using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>
/// The scanned consent as a download (an export: it leaves the system). Always an attachment
/// with a cleaned file name and nosniff, so a browser never renders an uploaded file as a page.
/// Everyone who may read the registry may fetch it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DokumentModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid consentId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, ConsentForm.Tab) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var document = await Db.Consents.AsNoTracking().Where(c => c.CitizenId == id && c.Id == consentId && c.Document != null)
            .Select(c => new { c.Document, c.DocumentContentType, c.DocumentName })
            .FirstOrDefaultAsync(ct);
        if (document?.Document is null || document.DocumentContentType is not { } type || !ConsentRules.DocumentTypes.Contains(type))
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.Export, id, "Samtykke: scannet erklæring hentet", $"samtykke={consentId}", ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Document, type, ConsentRules.SafeFileName(document.DocumentName, type));
    }
}
