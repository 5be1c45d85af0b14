using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Status;

/// <summary>The status as a clean A4 page: the same markup the PDF is printed from.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, TimeProvider clock)
    : StatusDocumentPageModel(db, access, statuses, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadDocumentAsync(id) is { } notFound)
        {
            return notFound;
        }

        await audit.RecordAsync(AuditAction.Read, id, "Status: udskriftsvisning", $"status={StatusId}; version={Document.RevisionNumber}", HttpContext.RequestAborted);
        return Page();
    }
}
