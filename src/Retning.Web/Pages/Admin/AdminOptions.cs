using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin;

/// <summary>The choices the administration forms offer: legal bases, areas, roles, regions and departments.</summary>
public static class AdminOptions
{
    /// <summary>The known legal bases; an offer's own value stays choosable even when it is not (or no longer) known.</summary>
    public static IReadOnlyList<SelectListItem> LegalBases(string? current = null)
    {
        var values = Domain.Organisation.LegalBases.Known.ToList();
        if (!string.IsNullOrWhiteSpace(current) && !values.Contains(current))
        {
            values.Add(current);
        }

        return [new SelectListItem("Vælg lovgrundlag", string.Empty),
            .. values.Select(v => new SelectListItem(Domain.Organisation.LegalBases.Describe(v), v))];
    }

    public static bool IsKnownLegalBasis(string? value, string? current = null) =>
        value is not null && (Domain.Organisation.LegalBases.Known.Contains(value) || value == current);

    public static IReadOnlyList<SelectListItem> Areas() =>
        [new SelectListItem("Vælg område", string.Empty), .. Enum.GetValues<Area>().Select(a => new SelectListItem(a.Danish(), a.ToString()))];

    /// <summary>The namings of the goal criteria an offer's guideline may use (no empty choice: every offer has one).</summary>
    public static IReadOnlyList<SelectListItem> SmortVariants() =>
        [.. Enum.GetValues<SmortVariant>().Select(v => new SelectListItem(SmortNaming.Describe(v), v.ToString()))];

    public static IReadOnlyList<SelectListItem> Roles() =>
        [new SelectListItem("Vælg rolle", string.Empty), .. Enum.GetValues<StaffRole>().Select(r => new SelectListItem(r.Danish(), r.ToString()))];

    public static async Task<IReadOnlyList<SelectListItem>> RegionsAsync(AppDbContext db, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        return regions.Count == 0
            ? []
            : [new SelectListItem("Vælg region eller ejer", string.Empty), .. regions.Select(r => new SelectListItem(r.Name, r.Id.ToString()))];
    }

    /// <summary>Every department as "Tilbud – Afdeling".</summary>
    public static async Task<IReadOnlyList<SelectListItem>> DepartmentsAsync(AppDbContext db, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new { d.Id, Label = d.Offer!.Name + " – " + d.Name })
            .ToListAsync(ct);
        return [new SelectListItem("Vælg afdeling", string.Empty), .. departments.Select(d => new SelectListItem(d.Label, d.Id.ToString()))];
    }
}
