using Microsoft.EntityFrameworkCore;
using Retning.Testing;

namespace Retning.IntegrationTests.Formaal;

/// <summary>The demo region's purpose categories (docs/domain.md, "Purposes"), for tests that register a purpose through the form.</summary>
internal static class PurposeCategoryTestKit
{
    /// <summary>The id of one of the shipped categories of the demo departments' region, as the purpose form posts it.</summary>
    public static async Task<string> PurposeCategoryAsync(this RetningApp app, string name = "Egenomsorg")
    {
        await using var db = app.CreateSystemDbContext();
        var id = await db.PurposeCategories.AsNoTracking()
            .Where(c => c.Name == name && db.Departments.Any(d => d.Name == DemoUsers.Maagen && d.Offer!.RegionId == c.RegionId))
            .Select(c => c.Id).SingleAsync();
        return id.ToString();
    }
}
