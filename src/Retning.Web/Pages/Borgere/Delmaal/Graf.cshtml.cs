using System.Text;
using Retning.Documents.Charts;
using Retning.Web.Services.Diary;

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
    public async Task<IActionResult> OnGetSvgAsync(Guid id, Guid subGoalId) =>
        await LoadCitizenAsync(id, CitizenRight.Read, "maal") ?? await ChartAsync(id, subGoalId, AuditAction.Read, "Delmål: graf vist (SVG)",
            graph => File(Encoding.UTF8.GetBytes(SubGoalChart.Svg(graph.ChartData)), "image/svg+xml"));

    /// <summary>graf.png: a download, so it is audited as an export (the data leaves the system).</summary>
    public async Task<IActionResult> OnGetPngAsync(Guid id, Guid subGoalId) =>
        await LoadCitizenAsync(id, CitizenRight.Read, "maal") ?? await ChartAsync(id, subGoalId, AuditAction.Export, "Delmål: graf hentet (PNG)",
            graph => File(SubGoalChart.Png(graph.ChartData), "image/png", $"delmaal-graf-{graph.Period.From:yyyy-MM-dd}-til-{graph.Period.To:yyyy-MM-dd}.png"));

    /// <summary>The chart file of a sub-goal in the citizen's plan (404 otherwise), with one audit row.</summary>
    private async Task<IActionResult> ChartAsync(Guid id, Guid subGoalId, AuditAction action, string subject, Func<SubGoalGraph, IActionResult> file)
    {
        var ct = HttpContext.RequestAborted;
        if (await SubGoalGraph.LoadAsync(Db, figures, Citizen, subGoalId, Fra, Til, Today, ct) is not { } graph)
        {
            return NotFound();
        }

        var result = file(graph);
        await audit.RecordAsync(action, id, subject, $"mål={subGoalId}; {graph.Period.Query}", ct);
        return result;
    }
}
