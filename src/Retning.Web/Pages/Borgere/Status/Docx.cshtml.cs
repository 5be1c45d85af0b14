using Microsoft.Extensions.Options;
using Retning.Documents.Docx;
using Retning.Documents.Status;
using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>The status as a Word document (DOCX) to send or journalise: a download, audited as an export.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DocxModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, IOptions<StatusOptions> options, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid statusId, [FromQuery(Name = "udgave")] int? revision)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        if (await StatusDocument.LoadAsync(Db, statuses, Citizen, statusId, revision, HttpContext.RequestAborted) is not { Content: var content } document)
        {
            return NotFound();
        }

        var bytes = StatusDocx.Write(content, Clock.GetUtcNow());
        await audit.RecordAsync(AuditAction.Export, id, "Status: hentet som Word", $"status={statusId}; version={content.RevisionNumber}; godkendt={document.Frozen}", HttpContext.RequestAborted);
        return File(bytes, DocxWriter.ContentType, StatusFileName.For(content, DocxWriter.FileExtension, options.Value.FileNameIncludesName));
    }
}
