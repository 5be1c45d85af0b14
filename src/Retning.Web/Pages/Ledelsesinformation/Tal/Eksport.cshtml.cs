using Retning.Documents.Export;
using Retning.Domain.Insight;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation.Tal;

/// <summary>
/// One figure as a file, exactly the figure's page for the address's query string
/// (<see cref="InsightExport.FigureAsync"/>): the breakdown per outcome, the months and — with
/// "raekker" — the rows the user may open (the others as a count). XLSX or CSV, audited as an
/// export with the number of rows and citizens it names.
/// </summary>
public sealed class EksportModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "udfald")]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "linje")]
    public string? Line { get; set; }

    [BindProperty(SupportsGet = true, Name = "forrige")]
    public bool PreviousPeriod { get; set; }

    [BindProperty(SupportsGet = true, Name = "raekker")]
    public bool ShowRows { get; set; }

    public Task<IActionResult> OnGetXlsxAsync(string figur, CancellationToken ct) => ExportAsync(figur, "XLSX", XlsxExport.Write, XlsxExport.ContentType, ".xlsx", ct);

    public Task<IActionResult> OnGetCsvAsync(string figur, CancellationToken ct) => ExportAsync(figur, "CSV", CsvExport.Write, CsvExport.ContentType, ".csv", ct);

    private async Task<IActionResult> ExportAsync(string slug, string format, Func<ExportDocument, byte[]> write, string contentType, string extension, CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        if (FigureCatalog.FromSlug(slug) is not { } figure)
        {
            return NotFound();
        }

        var choice = new FigureChoice(PreviousPeriod, Text(Outcome), Text(Line), ShowRows);
        var stamp = new ExportStamp($"{me.FullName} ({me.UserName})", clock.GetUtcNow().UtcDateTime);
        var (document, rows, citizens) = await InsightExport.FigureAsync(db, view, figure, choice, stamp, ct);
        var bytes = write(document);
        await audit.RecordAsync(AuditAction.Export, null, $"Ledelsesinformation: \"{figure.Title}\" hentet som {format}",
            $"{view.Describe()}{(PreviousPeriod ? " (forrige periode)" : "")}; udfald: {choice.Outcome ?? "alle"}; linje: {(choice.Line is { } l ? view.LineName(view.Request.Breakdown, l) : "alle")}; "
            + (ShowRows ? $"rækker: {rows}; borgere: {citizens}" : "uden rækker"), ct);
        return File(bytes, contentType, $"{figure.Slug}-{view.Period.From:yyyy-MM-dd}-{view.Period.To:yyyy-MM-dd}{extension}");
    }

    /// <summary>A drill-down choice from the address, cut to a sane length (it is compared, never stored).</summary>
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Length <= TextLimits.Name ? value : value[..TextLimits.Name];
}
