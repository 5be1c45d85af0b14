using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Web.Authorization;
using Retning.Web.Pages.Dagbog;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// Base of the overview chart's files (udvikling.svg, udvikling.png): the citizen through
/// scoping and the development of the plan's active sub-goals; 404 without a plan.
/// </summary>
public abstract class UdviklingPageModel(AppDbContext db, CitizenAccessService access, DiaryFigures figures, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public Udvikling Development { get; private set; } = default!;

    protected async Task<IActionResult?> LoadDevelopmentAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, "overblik") is { } notFound)
        {
            return notFound;
        }

        var development = await Udvikling.LoadAsync(Db, figures, id, HttpContext.RequestAborted);
        if (development is null)
        {
            return NotFound();
        }

        Development = development;
        return null;
    }
}
