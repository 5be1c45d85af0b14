using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Formaalskategorier;

/// <summary>
/// A region's purpose categories (docs/domain.md, "Purposes"): add, rename, move up or down, take
/// out of use or into use again. Administrators only; no citizen data. Categories are never
/// deleted, because purposes point at them. Every change carries the category's version, so two
/// administrators cannot overwrite each other (docs/adr/0004). The changes are in Index.Changes.cs.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed partial class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public NewCategoryInput NewCategory { get; set; } = new();

    [BindProperty]
    public RenameCategoryInput Rename { get; set; } = new();

    public Guid RegionId { get; private set; }
    public string RegionName { get; private set; } = string.Empty;

    /// <summary>The regions to choose between (empty when there is only one).</summary>
    public IReadOnlyList<SelectListItem> RegionChoices { get; private set; } = [];

    /// <summary>The region's categories in the order the purpose form offers them, retired ones included.</summary>
    public IReadOnlyList<PurposeCategory> Categories { get; private set; } = [];

    public bool HasRegion => RegionId != Guid.Empty;

    public async Task<IActionResult> OnGetAsync(Guid? region, Guid? ret)
    {
        if (await LoadAsync(region) is { } notFound)
        {
            return notFound;
        }

        if (ret is { } id && Categories.FirstOrDefault(c => c.Id == id) is { } category)
        {
            Rename = new RenameCategoryInput { Id = category.Id, Name = category.Name, Version = category.Version };
        }

        return Page();
    }

    /// <summary>
    /// Loads the region's categories (tracked, so a handler can change them). No region chosen: the
    /// first by name. 404 for an unknown region.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid? regionId)
    {
        var ct = HttpContext.RequestAborted;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var region = regionId is { } id ? regions.FirstOrDefault(r => r.Id == id) : regions.FirstOrDefault();
        if (region is null)
        {
            return regionId is null ? null : NotFound();
        }

        RegionId = region.Id;
        RegionName = region.Name;
        RegionChoices = regions.Count < 2 ? [] : [.. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString(), r.Id == region.Id))];
        Categories = await db.PurposeCategories.Where(c => c.RegionId == region.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
        return null;
    }
}
