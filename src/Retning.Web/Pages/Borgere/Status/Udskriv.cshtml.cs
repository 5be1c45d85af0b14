using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>The status as a clean A4 page: the same markup the PDF is printed from.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdskrivModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public StatusDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid statusId, [FromQuery(Name = "udgave")] int? revision)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (await StatusDocument.LoadAsync(Db, statuses, Citizen, statusId, revision, ct) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        await audit.RecordAsync(AuditAction.Read, id, "Status: udskriftsvisning", $"status={statusId}; version={document.Content.RevisionNumber}", ct);
        return Page();
    }
}
