using Retning.Documents.Docx;
using Retning.Documents.Pdf;
using Retning.Documents.Quality;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Rapport;

/// <summary>
/// The round's report with its improvement plan, to hand to socialtilsynet: a print view, and with ?format=docx or
/// ?format=pdf the same as a Word file or a PDF (printed by headless Chromium from the print view's markup).
/// Aggregates only — no citizen, plan or comment — so it reads no citizen data and writes no citizen audit; a
/// download is audited as an export of the round.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class IndexModel(RoundReportReader reader, AuditLog audit, IPdfPrinter printer, IWebHostEnvironment environment, ILogger<IndexModel> log, TimeProvider clock)
    : PageModel
{
    public RoundReportModel Report { get; private set; } = default!;

    /// <summary>Why the PDF could not be made; empty for the print view.</summary>
    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid roundId, [FromQuery] string? format)
    {
        var ct = HttpContext.RequestAborted;
        if (await reader.LoadAsync(roundId, ct) is not { } report)
        {
            return NotFound();
        }

        Report = Model(report, clock.GetUtcNow());
        switch (format)
        {
            case null or "":
                return Page();
            case "docx":
                var docx = RoundReportDocx.Write(Report);
                await audit.RecordAsync(AuditAction.Export, null, "Kvalitetsopfølgning: rapport hentet som Word", $"runde={roundId}", ct);
                return File(docx, DocxWriter.ContentType, RoundReportDocx.FileName(Report, DocxWriter.FileExtension));
            case "pdf":
                return await PdfAsync(roundId, ct);
            default:
                return NotFound();
        }
    }

    /// <summary>The report's texts: names of people and departments, the actions in words.</summary>
    public static RoundReportModel Model(RoundReport report, DateTimeOffset made)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reviewers = report.SecondReviewerName is { } second ? $"{report.ReviewerName} (første bedømmer), {second} (anden bedømmer, blindt)" : report.ReviewerName;
        var actions = report.Actions.Select(a =>
        {
            var percent = ImprovementFigures.IsPercent(a.FigureKind, a.FigureKey);
            return new ActionLine(a.Title, ImprovementText.Indicators(a.Indicators), a.Finding, report.NameOf(a.OwnerUserId), a.DueOn.ToDanishDate(),
                a.Status.Danish(), a.MadeToLast ?? "Ikke skrevet endnu", $"{ImprovementFigures.NameOf(a.FigureKind, a.FigureKey)} ({ImprovementText.Direction(a.FigureDirection)})",
                ImprovementText.Reading(a.Before, percent), ImprovementText.Reading(a.After, percent), ImprovementText.Moved(a.Before, a.After, a.FigureDirection, percent) ?? string.Empty);
        });
        return new RoundReportModel(report.Round, report.Scope, reviewers, report.Results,
            report.Departments.ToDictionary(d => d.Id, d => $"{d.OfferName} – {d.Name}"),
            report.Departments.GroupBy(d => d.OfferId).ToDictionary(g => g.Key, g => g.First().OfferName),
            [.. actions], made);
    }

    private async Task<IActionResult> PdfAsync(Guid roundId, CancellationToken ct)
    {
        if (!printer.IsAvailable)
        {
            return Unavailable(printer.UnavailableMessage);
        }

        try
        {
            var bytes = await printer.PrintAsync(RoundReportHtml.Page(Report, await CssAsync("css/print.css") + await CssAsync("css/quality-report.css")), ct);
            await audit.RecordAsync(AuditAction.Export, null, "Kvalitetsopfølgning: rapport hentet som PDF", $"runde={roundId}", ct);
            return File(bytes, "application/pdf", RoundReportDocx.FileName(Report, ".pdf"));
        }
        catch (PdfPrintException e)
        {
            log.LogError("Printing a round's report as PDF failed ({Failure}): {Message}", e.Failure, e.Message);
            return Unavailable(e.Failure == PdfPrintFailure.Busy
                ? "Serveren er i gang med andre PDF-filer. Prøv igen om et øjeblik."
                : "PDF-filen kunne ikke laves. Prøv igen, eller brug udskriftsvisningen eller Word-filen.");
        }
    }

    private PageResult Unavailable(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    /// <summary>The print view's style sheets, inline in the PDF's HTML (which may fetch nothing).</summary>
    private async Task<string> CssAsync(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists)
        {
            return string.Empty;
        }

        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync() + "\n";
    }
}
