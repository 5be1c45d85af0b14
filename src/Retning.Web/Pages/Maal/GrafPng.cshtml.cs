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
/// A sub-goal's progress chart as a PNG to put in a document: a download, so it is audited as
/// an export (the data leaves the system).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GrafPngModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, DiaryFigures figures, TimeProvider clock)
    : GrafPageModel(db, access, audit, plans, figures, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid subGoalId)
    {
        if (await LoadSubGoalAsync(id, subGoalId) is { } notFound)
        {
            return notFound;
        }

        var png = SubGoalChart.Png(GrafData.Chart(Figures, Periods));
        await Audit.RecordAsync(AuditAction.Export, id, "Delmål: graf hentet (PNG)", $"mål={subGoalId}; {Period.Query}", HttpContext.RequestAborted);
        return File(png, "image/png", $"delmaal-graf-{Period.From:yyyy-MM-dd}-til-{Period.To:yyyy-MM-dd}.png");
    }
}
