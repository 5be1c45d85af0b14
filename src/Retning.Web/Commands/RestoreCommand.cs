using Microsoft.Data.Sqlite;
using Retning.Data.Operations;

namespace Retning.Web.Commands;

/// <summary>
/// <c>restore &lt;source&gt;</c> into the configured database, which must be new: SQLite into a
/// data folder without <c>retning.db</c> (the copy is checked with <see cref="BackupChecks"/>
/// first), PostgreSQL into an empty database with <c>pg_restore</c>. Start the server on it after.
/// </summary>
public sealed class RestoreCommand : IRetningCommand
{
    public string Name => "restore";
    public string Usage => "restore <source> — restores a backup into the configured, still empty database (a new data folder or an empty PostgreSQL database)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1 || !File.Exists(arguments[0]))
        {
            await output.WriteLineAsync("Brug / usage: restore <sikkerhedskopi / backup file> (the file must exist)");
            return 2;
        }

        var source = Path.GetFullPath(arguments[0]);
        var settings = services.GetRequiredService<DatabaseSettings>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            await output.WriteLineAsync("Databasen er ikke tom / the database is not empty: restore only into a new data folder or an empty database, never over data.");
            return 2;
        }

        var problem = settings.Provider == DatabaseProvider.Sqlite
            ? await RestoreSqliteAsync(settings, source, output, ct)
            : await PostgresTools.RestoreAsync(settings.ConnectionString, source, ct);
        if (problem is not null)
        {
            await output.WriteLineAsync("Gendannelsen fejlede / the restore failed: " + problem);
            return 1;
        }

        await output.WriteLineAsync("Gendannet / restored. Start Retning on this database.");
        return 0;
    }

    private static async Task<string?> RestoreSqliteAsync(DatabaseSettings settings, string source, TextWriter output, CancellationToken ct)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        // Check the copy where it lies, then put it in place as the database (owner-only, like a new one).
        var problem = await BackupCommand.CheckSqliteCopyAsync(source, new Dictionary<string, string>(), output, ct);
        if (problem is not null)
        {
            return problem;
        }

        SqliteConnection.ClearAllPools();
        foreach (var leftover in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(leftover); // the empty file start-up or the check above made
        }

        File.Copy(source, file);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, DataFolder.FileUnixMode);
        }

        // A VACUUM INTO copy is in rollback-journal mode; the app opens a WAL database (and EF's
        // read-only existence check cannot switch it), so the restored file is made WAL here.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
        return null;
    }
}
