using System.Text;
using Retning.Documents.Charts;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// The citizen's development chart (first vs latest score per active sub-goal) as a file:
/// udvikling.svg for the overview, udvikling.png as a download for documents. 404 without a
/// plan; one audit row each.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UdviklingModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public Udvikling Development { get; private set; } = default!;

    /// <summary>Any other file name ("udvikling.foo") is not served.</summary>
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnGetSvgAsync(Guid id)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "overblik") ?? await LoadDevelopmentAsync(id)) is { } denied)
        {
            return denied;
        }

        var svg = CitizenOverviewChart.Svg(Development.Chart);
        await audit.RecordAsync(AuditAction.Read, id, "Borger: udvikling i støttebehov (SVG)", ct: HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(svg), "image/svg+xml");
    }

    public async Task<IActionResult> OnGetPngAsync(Guid id)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "overblik") ?? await LoadDevelopmentAsync(id)) is { } denied)
        {
            return denied;
        }

        var png = CitizenOverviewChart.Png(Development.Chart);
        await audit.RecordAsync(AuditAction.Export, id, "Borger: udvikling i støttebehov hentet (PNG)", ct: HttpContext.RequestAborted);
        return File(png, "image/png", $"udvikling-{Today:yyyy-MM-dd}.png");
    }

    /// <summary>The development of the plan's active sub-goals; 404 when the citizen has no plan.</summary>
    private async Task<IActionResult?> LoadDevelopmentAsync(Guid id)
    {
        if (await Udvikling.LoadAsync(Db, figures, id, HttpContext.RequestAborted) is not { } development)
        {
            return NotFound();
        }

        Development = development;
        return null;
    }
}
