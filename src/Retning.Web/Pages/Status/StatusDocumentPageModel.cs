using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Status;
using Retning.Web.Authorization;
using Retning.Web.Pages.Borgere;

namespace Retning.Web.Pages.Status;

/// <summary>
/// Base for the status's documents (print view, DOCX, PDF): the citizen through scoping, the
/// status, and its content — the approved revision (?udgave=n, or the current one once approved)
/// or the draft as it stands.
/// </summary>
public abstract class StatusDocumentPageModel(AppDbContext db, CitizenAccessService access, StatusService statuses, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid StatusId { get; set; }

    [BindProperty(SupportsGet = true, Name = "udgave")]
    public int? Revision { get; set; }

    public StatusReport Report { get; private set; } = default!;
    public StatusContent Document { get; private set; } = default!;
    public bool Frozen { get; private set; }

    protected async Task<IActionResult?> LoadDocumentAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, "status", q => q.Include(c => c.Department!).ThenInclude(d => d.Offer)) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        var report = await StatusLoader.FindAsync(Db, id, StatusId, tracked: false, ct);
        if (report is null || await statuses.ContentAsync(Citizen, report, Revision, ct) is not { } content)
        {
            return NotFound();
        }

        Report = report;
        (Document, Frozen) = content;
        return null;
    }
}
