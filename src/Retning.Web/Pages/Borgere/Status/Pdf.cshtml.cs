using Microsoft.Extensions.Options;
using Retning.Documents.Pdf;
using Retning.Documents.Status;
using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// The status as a PDF: the print view's markup printed by headless Chromium (A4, name and period
/// and page numbers on every page). Without Chromium the page says so and how to install it; the
/// DOCX and the print view still work.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PdfModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, IOptions<StatusOptions> options, IPdfPrinter printer, ILogger<PdfModel> log, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public string Problem { get; private set; } = string.Empty;

    public Guid StatusId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid statusId, [FromQuery(Name = "udgave")] int? revision)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (await StatusDocument.LoadAsync(Db, statuses, Citizen, statusId, revision, ct) is not { Content: var content } document)
        {
            return NotFound();
        }

        StatusId = statusId;
        if (!printer.IsAvailable)
        {
            Problem = printer.UnavailableMessage;
            await audit.RecordAsync(AuditAction.Read, id, "Status: PDF ikke mulig (Chromium mangler)", $"status={StatusId}", ct);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        try
        {
            var bytes = await printer.PrintAsync(StatusPdfHtml.Build(content), ct);
            await audit.RecordAsync(AuditAction.Export, id, "Status: hentet som PDF", $"status={StatusId}; version={content.RevisionNumber}; godkendt={document.Frozen}", ct);
            return File(bytes, "application/pdf", StatusFileName.For(content, ".pdf", options.Value.FileNameIncludesName));
        }
        catch (PdfPrintException e)
        {
            // The message is Chromium's failure, never the document (it holds citizen data).
            log.LogError("Printing a status as PDF failed ({Failure}): {Message}", e.Failure, e.Message);
            Problem = e.Failure == PdfPrintFailure.Busy
                ? "Serveren er i gang med andre PDF-filer. Prøv igen om et øjeblik."
                : "PDF-filen kunne ikke laves. Prøv igen, eller hent statussen som Word.";
            await audit.RecordAsync(AuditAction.Read, id, "Status: PDF mislykkedes", $"status={StatusId}", ct);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
