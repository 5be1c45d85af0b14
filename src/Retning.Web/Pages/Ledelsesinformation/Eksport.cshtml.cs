using Retning.Documents.Export;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The overview of every figure as a file, exactly the view of the address's query string
/// (<see cref="InsightExport.Overview"/>): XLSX or CSV, audited as an export.
/// </summary>
public sealed class EksportModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) => ExportAsync("XLSX", XlsxExport.Write, XlsxExport.ContentType, ".xlsx", ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync("CSV", CsvExport.Write, CsvExport.ContentType, ".csv", ct);

    private async Task<IActionResult> ExportAsync(string format, Func<ExportDocument, byte[]> write, string contentType, string extension, CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        var bytes = write(InsightExport.Overview(view, new ExportStamp($"{me.FullName} ({me.UserName})", clock.GetUtcNow().UtcDateTime)));
        await audit.RecordAsync(AuditAction.Export, null, $"Ledelsesinformation: nøgletal hentet som {format}", $"{view.Describe()}; afdelinger: {view.Data.Departments.Count}", ct);
        return File(bytes, contentType, $"ledelsesinformation-{view.Period.From:yyyy-MM-dd}-{view.Period.To:yyyy-MM-dd}{extension}");
    }
}
