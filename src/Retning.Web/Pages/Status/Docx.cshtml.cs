using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Retning.Data;
using Retning.Documents.Docx;
using Retning.Documents.Status;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Status;

/// <summary>The status as a Word document (DOCX) to send or journalise: a download, audited as an export.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DocxModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, IOptions<StatusOptions> options, TimeProvider clock)
    : StatusDocumentPageModel(db, access, statuses, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadDocumentAsync(id) is { } notFound)
        {
            return notFound;
        }

        var bytes = StatusDocx.Write(Document, Clock.GetUtcNow());
        await audit.RecordAsync(AuditAction.Export, id, "Status: hentet som Word", $"status={StatusId}; version={Document.RevisionNumber}; godkendt={Frozen}", HttpContext.RequestAborted);
        return File(bytes, DocxWriter.ContentType, StatusFileName.For(Document, DocxWriter.FileExtension, options.Value.FileNameIncludesName));
    }
}
