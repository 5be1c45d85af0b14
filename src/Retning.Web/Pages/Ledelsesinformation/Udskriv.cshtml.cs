using Retning.Documents.Export;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The overview as a printable report (A4, print.css): every figure of the view beside the
/// previous period, with the definitions — the markup the PDF (<see cref="PdfModel"/>) prints.
/// The "Månedsrapport" link opens it for the last full calendar month.
/// </summary>
public sealed class UdskrivModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public InsightContext View { get; private set; } = default!;

    public ExportDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        (View, Document) = (view, InsightExport.Report(view, new ExportStamp($"{me.FullName} ({me.UserName})", clock.GetUtcNow().UtcDateTime)));
        await audit.RecordAsync(AuditAction.Read, null, "Ledelsesinformation: udskriftsvisning", $"{view.Describe()}; afdelinger: {view.Data.Departments.Count}", ct);
        return Page();
    }

    /// <summary>The query string of the last full calendar month before <paramref name="today"/> as a custom period, keeping the view's scope and filters.</summary>
    public static string LastMonth(InsightRequest request, DateOnly today)
    {
        var month = InsightRequest.MonthValue(new DateOnly(today.Year, today.Month, 1).AddMonths(-1));
        return request.Query(("periode", "valgfri"), ("fra", month), ("til", month));
    }
}
