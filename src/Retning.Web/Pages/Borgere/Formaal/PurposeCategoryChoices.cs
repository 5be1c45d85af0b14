using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Formaal;

/// <summary>
/// The purpose categories of the citizen's region (docs/domain.md, "Purposes"): the active ones to
/// choose from, in the region's order, and every one (retired too) to name a purpose's category.
/// </summary>
public sealed class PurposeCategoryChoices
{
    private PurposeCategoryChoices(IReadOnlyList<PurposeCategory> all) => All = all;

    /// <summary>The region's categories, retired ones included, in the region's order.</summary>
    public IReadOnlyList<PurposeCategory> All { get; }

    /// <summary>The choosable categories (those in use) after a prompt with no value: a new wording must choose one.</summary>
    public IReadOnlyList<SelectListItem> Items =>
        [new("Vælg kategori", string.Empty), .. All.Where(c => c.IsActive).Select(c => new SelectListItem(c.Name, c.Id.ToString()))];

    /// <summary>A wording's category as shown: its name, or "Ikke kategoriseret".</summary>
    public string Name(Guid? categoryId) =>
        PurposeCategoryRules.Describe(categoryId is { } id ? All.FirstOrDefault(c => c.Id == id)?.Name : null);

    /// <summary>The category a revision starts from: the current one while it is in use.</summary>
    public Guid? StartingPoint(Guid? current) => All.Any(c => c.Id == current && c.IsActive) ? current : null;

    /// <summary>The categories of the region the department belongs to (not citizen data: no audit row of its own).</summary>
    public static async Task<PurposeCategoryChoices> LoadAsync(AppDbContext db, Guid departmentId, CancellationToken ct) =>
        new(await db.PurposeCategories.AsNoTracking()
            .Where(c => db.Departments.Any(d => d.Id == departmentId && d.Offer!.RegionId == c.RegionId))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct));
}
