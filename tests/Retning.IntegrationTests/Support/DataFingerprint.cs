using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Common;
using Retning.Testing;

namespace Retning.IntegrationTests.Support;

/// <summary>
/// A cheap picture of the whole database for "nothing changed" checks: the row count of every
/// table and the sum of the versions of every versioned aggregate (an edit raises a version,
/// see docs/adr/0004), in one query. The audit log is left out: denials are meant to add to it.
/// </summary>
public static class DataFingerprint
{
    /// <summary>"table: rows=…, versions=…" per table, ordered by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null && t.ClrType != typeof(AuditEntry))
            .GroupBy(t => t.GetTableName()!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Table: g.Key, Schema: g.First().GetSchema(),
                Version: g.Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).Select(t => t.FindProperty(nameof(IVersioned.Version))?.GetColumnName()).FirstOrDefault(c => c is not null)))
            .ToList();

        // Names come from the EF model, not from input; quoted for both providers.
        var sql = string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t.Table}', COUNT(*), {(t.Version is null ? "0" : $"COALESCE(SUM(\"{t.Version}\"), 0)")} FROM {(t.Schema is null ? "" : $"\"{t.Schema}\".")}\"{t.Table}\""));

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = $"rows={Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)}, versions={Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return result;
    }

    /// <summary>The tables whose picture differs, as "table: before → after"; empty when nothing changed.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t) ?? "(none)"} → {after.GetValueOrDefault(t) ?? "(none)"}")];
}
