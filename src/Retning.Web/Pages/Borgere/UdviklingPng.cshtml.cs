using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Documents.Charts;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Dagbog;

namespace Retning.Web.Pages.Borgere;

/// <summary>The citizen's development chart as a PNG for documents: a download, audited as an export.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdviklingPngModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock)
    : UdviklingPageModel(db, access, figures, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadDevelopmentAsync(id) is { } notFound)
        {
            return notFound;
        }

        var png = CitizenOverviewChart.Png(Development.Chart);
        await audit.RecordAsync(AuditAction.Export, id, "Borger: udvikling i støttebehov hentet (PNG)", ct: HttpContext.RequestAborted);
        return File(png, "image/png", $"udvikling-{Today:yyyy-MM-dd}.png");
    }
}
