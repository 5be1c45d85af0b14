using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Documents.Charts;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Dagbog;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// A sub-goal's progress chart as an SVG file, for the same <c>fra</c>/<c>til</c> as the
/// sub-goal page (the page itself draws the same chart inline). Scoped like the page, one audit row.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GrafModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, DiaryFigures figures, TimeProvider clock)
    : GrafPageModel(db, access, audit, plans, figures, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid subGoalId)
    {
        if (await LoadSubGoalAsync(id, subGoalId) is { } notFound)
        {
            return notFound;
        }

        var svg = SubGoalChart.Svg(GrafData.Chart(Figures, Periods));
        await Audit.RecordAsync(AuditAction.Read, id, "Delmål: graf vist (SVG)", $"mål={subGoalId}; {Period.Query}", HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(svg), "image/svg+xml");
    }
}
