using Microsoft.EntityFrameworkCore;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Data.Demo;

/// <summary>
/// Gives the demo plans' purposes a category from their region's shipped list (docs/domain.md,
/// "Purposes"), so the figures per category have something to count. The earlier purposes of the
/// bare plans (<see cref="DemoTaskHistory"/>) keep none: they stand for purposes registered before
/// categories existed, shown as "Ikke kategoriseret".
/// </summary>
internal static class DemoPurposeCategories
{
    /// <summary>The demo purposes' titles (DemoPhrases) and the FFB theme each is about.</summary>
    private static readonly Dictionary<string, string> CategoryOfTitle = new(StringComparer.Ordinal)
    {
        ["Stabil skolegang"] = "Samfundsliv",
        ["Relationer til jævnaldrende"] = "Relationer",
        ["Kontakt til familien"] = "Relationer",
        ["Selvhjulpen i hverdagen"] = "Praktiske opgaver",
        ["Styre egen økonomi"] = "Samfundsliv",
        ["Godt helbred"] = "Sundhedsforhold",
        ["Socialt liv"] = "Relationer",
        ["Give udtryk for egne ønsker"] = "Kommunikation",
    };

    public static async Task AssignAsync(AppDbContext db, IEnumerable<Purpose> purposes, IReadOnlyList<Citizen> citizens, CancellationToken ct)
    {
        var regionOfDepartment = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Offer!.RegionId }).ToDictionaryAsync(d => d.Id, d => d.RegionId, ct);
        var categories = (await db.PurposeCategories.AsNoTracking().Where(c => c.IsActive).ToListAsync(ct)).ToLookup(c => (c.RegionId, c.Name));
        var departmentOf = citizens.ToDictionary(c => c.Id, c => c.DepartmentId);
        foreach (var purpose in purposes)
        {
            if (CategoryOfTitle.TryGetValue(purpose.Title, out var name)
                && categories[(regionOfDepartment[departmentOf[purpose.CitizenId]], name)].FirstOrDefault() is { } category)
            {
                purpose.Revisions.ForEach(r => r.CategoryId = category.Id);
            }
        }
    }
}
