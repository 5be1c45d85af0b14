namespace Retning.Web.Commands;

/// <summary>What a check found on a backup copy; a failed check fails the backup (or restore).</summary>
public sealed record BackupCheckResult(bool Ok, string Message);

/// <summary>
/// The checks run on a SQLite backup copy (and on a restore source) before it counts as a
/// backup, in order: the first failure stops. Each check may add lines to the manifest written
/// next to the backup (e.g. the audit chain's head).
/// </summary>
public static class BackupChecks
{
    public delegate Task<BackupCheckResult> Check(AppDbContext copy, IDictionary<string, string> manifest, CancellationToken ct);

    /// <summary>The checks, in order: the file's consistency first, then the audit chain on the copy.</summary>
    public static readonly IReadOnlyList<(string Name, Check Run)> All =
    [
        ("integrity_check", IntegrityCheckAsync),
        ("audit_chain", AuditChainCheckAsync),
    ];

    /// <summary>Runs every check on the copy; returns the failed one's message, or null when all passed.</summary>
    public static async Task<string?> RunAsync(AppDbContext copy, IDictionary<string, string> manifest, TextWriter output, CancellationToken ct)
    {
        foreach (var (name, run) in All)
        {
            var result = await run(copy, manifest, ct);
            await output.WriteLineAsync($"  {name}: {result.Message}");
            if (!result.Ok)
            {
                return $"{name}: {result.Message}";
            }
        }

        return null;
    }

    /// <summary>SQLite's full consistency check of the copy: "ok" or the problems it found.</summary>
    public static async Task<BackupCheckResult> IntegrityCheckAsync(AppDbContext copy, IDictionary<string, string> manifest, CancellationToken ct)
    {
        var rows = await IntegrityRowsAsync(copy, ct);
        var ok = rows is ["ok"];
        manifest["integrity_check"] = string.Join("; ", rows);
        return new BackupCheckResult(ok, ok ? "ok" : string.Join("; ", rows));
    }

    /// <summary>
    /// Recomputes the audit chain on the copy (docs/adr/0007) and writes its head into the
    /// manifest: the head kept outside the database catches a later truncation or rewrite.
    /// </summary>
    public static async Task<BackupCheckResult> AuditChainCheckAsync(AppDbContext copy, IDictionary<string, string> manifest, CancellationToken ct)
    {
        var report = await Retning.Data.Audit.AuditChain.VerifyAsync(copy, exportedHeads: null, ct);
        manifest["audit_chain_head_sequence"] = report.Head.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        manifest["audit_chain_head_hash"] = report.Head.Hash;
        return new BackupCheckResult(report.IsIntact, report.Summary);
    }

    public static async Task<List<string>> IntegrityRowsAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(reader.GetString(0));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
