using System.Text.Json;
using Microsoft.Data.Sqlite;
using Retning.Data.Operations;

namespace Retning.Web.Commands;

/// <summary>
/// <c>backup &lt;target&gt;</c> while the server runs. SQLite: <c>VACUUM INTO</c> a new file (a
/// consistent snapshot; writers go on), then <see cref="BackupChecks"/> on the copy, then a
/// manifest (<c>&lt;target&gt;.manifest.json</c>) beside it. PostgreSQL: <c>pg_dump</c> in custom
/// format, read back with <c>pg_restore --list</c>. The target must not exist.
/// </summary>
public sealed class BackupCommand : IRetningCommand
{
    public string Name => "backup";
    public string Usage => "backup <target> — copies the running database to a new file (SQLite: VACUUM INTO + integrity_check; PostgreSQL: pg_dump -Fc)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Brug / usage: backup <målfil / target file>");
            return 2;
        }

        var target = Path.GetFullPath(arguments[0]);
        if (File.Exists(target) || Directory.Exists(target))
        {
            await output.WriteLineAsync($"Målet findes allerede / the target exists: {target}. Vælg et nyt navn; en sikkerhedskopi overskrives aldrig.");
            return 2;
        }

        var settings = services.GetRequiredService<DatabaseSettings>();
        var manifest = new Dictionary<string, string>
        {
            ["provider"] = settings.Provider.ToString(),
            ["startedUtc"] = DateTime.UtcNow.ToString("O"),
        };
        await output.WriteLineAsync($"Sikkerhedskopi / backup → {target}");
        var problem = settings.Provider == DatabaseProvider.Sqlite
            ? await BackupSqliteAsync(services, target, manifest, output, ct)
            : await PostgresTools.DumpAsync(settings.ConnectionString, target, manifest, output, ct);
        if (problem is not null)
        {
            await output.WriteLineAsync("Sikkerhedskopien fejlede / the backup failed: " + problem);
            return 1;
        }

        manifest["finishedUtc"] = DateTime.UtcNow.ToString("O");
        await File.WriteAllTextAsync(target + ".manifest.json", JsonSerializer.Serialize(manifest, JsonOptions), ct);
        await output.WriteLineAsync("Sikkerhedskopien er gemt og kontrolleret / the backup is written and checked.");
        return 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static async Task<string?> BackupSqliteAsync(IServiceProvider services, string target, Dictionary<string, string> manifest, TextWriter output, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // VACUUM INTO takes an empty file: made first so the copy is owner-only like the database.
        CreateOwnerOnly(target);
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "VACUUM INTO $target;";
                command.Parameters.Add(new SqliteParameter("$target", target));
                await command.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return await CheckSqliteCopyAsync(target, manifest, output, ct);
    }

    /// <summary>Opens a SQLite copy on its own (not the app's database) and runs <see cref="BackupChecks"/> on it.</summary>
    public static async Task<string?> CheckSqliteCopyAsync(string file, IDictionary<string, string> manifest, TextWriter output, CancellationToken ct)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options;
        await using var copy = new AppDbContext(options, FixedCitizenScope.System, TimeProvider.System);
        return await BackupChecks.RunAsync(copy, manifest, output, ct);
    }

    private static void CreateOwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            using var _ = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
        }
        else
        {
            using var _ = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = DataFolder.FileUnixMode });
        }
    }
}
