using Microsoft.EntityFrameworkCore;

namespace Retning.Data;

/// <summary>
/// Refuses to run on settings that can lose committed data. Reads the live settings of the
/// database the application is connected to and explains, in plain words, what is wrong.
/// </summary>
public static class DurabilityCheck
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static async Task<IReadOnlyList<string>> ProblemsAsync(AppDbContext db, CancellationToken ct = default)
    {
        var problems = new List<string>();
        if (db.Database.ProviderName == SqliteProviderName)
        {
            var journal = await ScalarAsync(db, "PRAGMA journal_mode;", ct);
            var synchronous = await ScalarAsync(db, "PRAGMA synchronous;", ct);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"SQLite journal_mode is '{journal}', not 'wal'. Put the data folder on a local disk that supports WAL.");
            }

            // 2 = FULL, 3 = EXTRA; both flush the WAL on every commit.
            if (synchronous is not ("2" or "3"))
            {
                problems.Add($"SQLite synchronous is {synchronous}, not FULL (2): a power cut could lose committed data.");
            }
        }
        else if (db.Database.ProviderName == NpgsqlProviderName)
        {
            foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
            {
                var value = await ScalarAsync(db, $"SHOW {setting};", ct);
                if (string.Equals(value, "off", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"PostgreSQL {setting} is off: committed data can be lost. Turn it on (server or connection settings).");
                }
            }
        }

        return problems;
    }

    private static async Task<string> ScalarAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var wasClosed = connection.State != System.Data.ConnectionState.Open;
        if (wasClosed)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
        finally
        {
            if (wasClosed)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
