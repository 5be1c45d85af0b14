using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Documents.Charts;
using Retning.Domain.Audit;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Dagbog;

namespace Retning.Web.Pages.Borgere.Delmaal;

/// <summary>
/// A sub-goal's progress chart as a file, for the same <c>fra</c>/<c>til</c> as the sub-goal page
/// (the page itself draws the same chart inline): graf.svg to show, graf.png to put in a document.
/// Scoped like the page, one audit row each.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class GrafModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty(SupportsGet = true, Name = "fra")]
    public string? Fra { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public string? Til { get; set; }

    /// <summary>graf.svg: the chart as an SVG file.</summary>
    public async Task<IActionResult> OnGetSvgAsync(Guid id, Guid subGoalId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "maal") is { } denied)
        {
            return denied;
        }

        if (await LoadGraphAsync(subGoalId) is not { } graph)
        {
            return NotFound();
        }

        var svg = SubGoalChart.Svg(graph.ChartData);
        await audit.RecordAsync(AuditAction.Read, id, "Delmål: graf vist (SVG)", $"mål={subGoalId}; {graph.Period.Query}", HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(svg), "image/svg+xml");
    }

    /// <summary>graf.png: a download, so it is audited as an export (the data leaves the system).</summary>
    public async Task<IActionResult> OnGetPngAsync(Guid id, Guid subGoalId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "maal") is { } denied)
        {
            return denied;
        }

        if (await LoadGraphAsync(subGoalId) is not { } graph)
        {
            return NotFound();
        }

        var png = SubGoalChart.Png(graph.ChartData);
        await audit.RecordAsync(AuditAction.Export, id, "Delmål: graf hentet (PNG)", $"mål={subGoalId}; {graph.Period.Query}", HttpContext.RequestAborted);
        var period = graph.Period;
        return File(png, "image/png", $"delmaal-graf-{period.From:yyyy-MM-dd}-til-{period.To:yyyy-MM-dd}.png");
    }

    private Task<SubGoalGraph?> LoadGraphAsync(Guid subGoalId) =>
        SubGoalGraph.LoadAsync(Db, figures, Citizen, subGoalId, Fra, Til, Today, HttpContext.RequestAborted);
}
