using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Documents.Charts;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Dagbog;

namespace Retning.Web.Pages.Borgere;

/// <summary>The citizen's development chart (first vs latest score per active sub-goal) as an SVG file; one audit row.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdviklingModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock)
    : UdviklingPageModel(db, access, figures, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadDevelopmentAsync(id) is { } notFound)
        {
            return notFound;
        }

        var svg = CitizenOverviewChart.Svg(Development.Chart);
        await audit.RecordAsync(AuditAction.Read, id, "Borger: udvikling i støttebehov (SVG)", ct: HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(svg), "image/svg+xml");
    }
}
