using Retning.Documents.Export;
using Retning.Documents.Pdf;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The printable report as a PDF: the print view's markup (<see cref="ReportHtml"/>) with
/// wwwroot/css/print.css inline, printed by headless Chromium (A4, the period in the running
/// header, page numbers). Without Chromium the page says so; the print view and the files still work.
/// </summary>
public sealed class PdfModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, IPdfPrinter printer, IWebHostEnvironment environment,
    ILogger<PdfModel> log, TimeProvider clock) : PageModel
{
    public string Problem { get; private set; } = string.Empty;

    public string Query { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        Query = view.Request.Query();
        if (!printer.IsAvailable)
        {
            return await UnavailableAsync(printer.UnavailableMessage, view, ct);
        }

        var document = InsightExport.Report(view, new ExportStamp($"{me.FullName} ({me.UserName})", clock.GetUtcNow().UtcDateTime));
        var header = $"Ledelsesinformation · {view.Period.From.ToDanishDate()} – {view.Period.To.ToDanishDate()}";
        try
        {
            var bytes = await printer.PrintAsync(ReportHtml.Page(document, await PrintCssAsync(), header), ct);
            await audit.RecordAsync(AuditAction.Export, null, "Ledelsesinformation: rapport hentet som PDF", $"{view.Describe()}; afdelinger: {view.Data.Departments.Count}", ct);
            return File(bytes, "application/pdf", $"ledelsesinformation-{view.Period.From:yyyy-MM-dd}-{view.Period.To:yyyy-MM-dd}.pdf");
        }
        catch (PdfPrintException e)
        {
            log.LogError("Printing the management report as PDF failed ({Failure}): {Message}", e.Failure, e.Message);
            return await UnavailableAsync(e.Failure == PdfPrintFailure.Busy
                ? "Serveren er i gang med andre PDF-filer. Prøv igen om et øjeblik."
                : "PDF-filen kunne ikke laves. Prøv igen, eller brug udskriftsvisningen.", view, ct);
        }
    }

    private async Task<IActionResult> UnavailableAsync(string problem, InsightContext view, CancellationToken ct)
    {
        Problem = problem;
        await audit.RecordAsync(AuditAction.Read, null, "Ledelsesinformation: PDF ikke mulig", view.Describe(), ct);
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    /// <summary>The print view's style sheet, so the PDF looks like the print view (the PDF's HTML may fetch nothing).</summary>
    private async Task<string> PrintCssAsync()
    {
        var file = environment.WebRootFileProvider.GetFileInfo("css/print.css");
        if (!file.Exists)
        {
            return string.Empty;
        }

        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
