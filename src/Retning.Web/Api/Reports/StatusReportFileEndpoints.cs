using Microsoft.Extensions.Options;
using Retning.Documents.Docx;
using Retning.Documents.Pdf;
using Retning.Documents.Status;
using Retning.Web.Api.Http;
using Retning.Web.Services.Status;

namespace Retning.Web.Api.Reports;

/// <summary>
/// An approved status revision as the files the status pages download (Pages/Borgere/Status/Docx and Pdf): the same
/// writers (<see cref="StatusDocx"/>, <see cref="StatusPdfHtml"/> printed by headless Chromium, docs/adr/0009), the same
/// file-name rule and setting (<see cref="StatusFileName"/>, Status:FileNameIncludesName), and the same Export audit row.
/// Without Chromium the PDF is 503, as on the page, and the DOCX still works.
/// </summary>
public static class StatusReportFileEndpoints
{
    public const string PdfContentType = "application/pdf";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/statusrapporter/{reportId:guid}/docx", DocxAsync).WithName("GetStatusReportDocx").WithTags(StatusReportEndpoints.Tag)
            .WithSummary("Godkendt statusrapport som Word")
            .WithDescription("Den godkendte version som Word-dokument (DOCX), som siden henter det: samme indhold, layout og filnavn "
                             + "(periode og version; borgerens fornavn og efternavnets forbogstav, når indstillingen Status:FileNameIncludesName er slået til). "
                             + "Kaldet logges som en eksport. En API-klient skal have ret til fritekst (ellers 403).")
            .Produces<Stream>(StatusCodes.Status200OK, DocxWriter.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/borgere/{id:guid}/statusrapporter/{reportId:guid}/pdf", PdfAsync).WithName("GetStatusReportPdf").WithTags(StatusReportEndpoints.Tag)
            .WithSummary("Godkendt statusrapport som PDF")
            .WithDescription("Den godkendte version som PDF, skrevet ud af headless Chromium fra samme opmærkning som udskriftsvisningen "
                             + "(A4, navn, periode og sidetal på hver side), med samme filnavn som siden. Kaldet logges som en eksport. "
                             + "Mangler Chromium på serveren, eller er den optaget, svares 503; Word-filen virker stadig. "
                             + "En API-klient skal have ret til fritekst (ellers 403).")
            .Produces<Stream>(StatusCodes.Status200OK, PdfContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> DocxAsync(
        [System.ComponentModel.Description("Borgerens id (UUID).")] Guid id,
        [System.ComponentModel.Description("Den godkendte versions id (id fra listen over statusrapporter).")] Guid reportId,
        CitizenAccessService access, AppDbContext db, AuditLog audit, CurrentUser me, IOptions<StatusOptions> options, TimeProvider clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        var (found, refusal) = await StatusReportEndpoints.FindAsync(id, reportId, access, db, me, ct);
        if (found is null)
        {
            return refusal!;
        }

        var bytes = StatusDocx.Write(found.Content, clock.GetUtcNow());
        await audit.RecordAsync(AuditAction.Export, id, "API: status hentet som Word", StatusReportEndpoints.Detail(found), ct);
        return TypedResults.File(bytes, DocxWriter.ContentType, StatusFileName.For(found.Content, DocxWriter.FileExtension, options.Value.FileNameIncludesName));
    }

    private static async Task<IResult> PdfAsync(
        [System.ComponentModel.Description("Borgerens id (UUID).")] Guid id,
        [System.ComponentModel.Description("Den godkendte versions id (id fra listen over statusrapporter).")] Guid reportId,
        CitizenAccessService access, AppDbContext db, AuditLog audit, CurrentUser me, IOptions<StatusOptions> options, IPdfPrinter printer,
        ILoggerFactory logs, HttpContext http)
    {
        var ct = http.RequestAborted;
        var (found, refusal) = await StatusReportEndpoints.FindAsync(id, reportId, access, db, me, ct);
        if (found is null)
        {
            return refusal!;
        }

        var detail = StatusReportEndpoints.Detail(found);
        if (!printer.IsAvailable)
        {
            await audit.RecordAsync(AuditAction.Read, id, "API: status som PDF ikke mulig (Chromium mangler)", detail, ct);
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "PDF kan ikke laves på denne server (Chromium mangler). Hent statussen som Word.");
        }

        try
        {
            var bytes = await printer.PrintAsync(StatusPdfHtml.Build(found.Content), ct);
            await audit.RecordAsync(AuditAction.Export, id, "API: status hentet som PDF", detail, ct);
            return TypedResults.File(bytes, PdfContentType, StatusFileName.For(found.Content, ".pdf", options.Value.FileNameIncludesName));
        }
        catch (PdfPrintException e)
        {
            // The message is Chromium's failure, never the document (it holds citizen data).
            logs.CreateLogger(typeof(StatusReportFileEndpoints)).LogError("Printing a status as PDF for the API failed ({Failure}): {Message}", e.Failure, e.Message);
            await audit.RecordAsync(AuditAction.Read, id, "API: status som PDF mislykkedes", detail, ct);
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, e.Failure == PdfPrintFailure.Busy
                ? "Serveren er i gang med andre PDF-filer. Prøv igen om et øjeblik."
                : "PDF-filen kunne ikke laves. Prøv igen, eller hent statussen som Word.");
        }
    }
}
