using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Testing;
using Retning.Web.Jobs;

namespace Retning.IntegrationTests.Sletning;

/// <summary>Arranging discharges and holds, running the retention job, and counting what is left of a citizen.</summary>
internal static class RetentionTestData
{
    public static async Task DischargeAsync(this RetningApp app, Guid citizenId, DateOnly on, string? hold = null)
    {
        await using var db = app.CreateSystemDbContext();
        await db.Citizens.Where(c => c.Id == citizenId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DischargedOn, on).SetProperty(c => c.LegalHoldReason, hold));
    }

    public static Task<RetentionRunResult> RunRetentionAsync(this RetningApp app, bool dryRun = false) =>
        app.Services.GetRequiredService<RetentionRun>().RunOnceAsync(CancellationToken.None, dryRun);

    /// <summary>Rows per table whose CitizenId is the citizen's, over every table of the model that has the column (audit log included).</summary>
    public static async Task<Dictionary<string, int>> RowsWithCitizenIdAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.FindProperty("CitizenId") is not null && t.GetTableName() is not null))
        {
            var nullable = type.FindProperty("CitizenId")!.ClrType == typeof(Guid?);
            var method = typeof(RetentionTestData).GetMethod(nameof(CountAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType);
            counts[type.GetTableName()!] = await (Task<int>)method.Invoke(null, [db, citizenId, nullable])!;
        }

        return counts;
    }

    private static Task<int> CountAsync<TEntity>(AppDbContext db, Guid citizenId, bool nullable) where TEntity : class => nullable
        ? db.Set<TEntity>().IgnoreQueryFilters().CountAsync(e => EF.Property<Guid?>(e, "CitizenId") == citizenId)
        : db.Set<TEntity>().IgnoreQueryFilters().CountAsync(e => EF.Property<Guid>(e, "CitizenId") == citizenId);
}
