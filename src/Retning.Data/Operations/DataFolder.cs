using Microsoft.Data.Sqlite;

namespace Retning.Data.Operations;

/// <summary>
/// The SQLite data folder and file: created owner-only (folder 0700, file 0600; SQLite gives the
/// -wal and -shm files the mode of the database file), and checked writable before anything
/// else runs, so a read-only or missing folder is one readable paragraph, not a stack trace.
/// </summary>
public static class DataFolder
{
    public const UnixFileMode FolderUnixMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileUnixMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (0700) and the database file (0600, WAL) when missing, and proves the folder writable.</summary>
    public static void Prepare(string databaseFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databaseFile))!;
        try
        {
            if (!Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, FolderUnixMode);
                }
            }

            // SQLite writes -wal and -shm files beside the database: the folder itself must take new files.
            var probe = Path.Combine(folder, $".retning-write-probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            if (!File.Exists(databaseFile))
            {
                CreateDatabaseFile(databaseFile);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new StartupProblemException(Explain(folder, ex.Message), ex);
        }
    }

    /// <summary>
    /// An empty file 0600, then made a WAL database at once: EF checks for an existing database
    /// over a read-only connection, which cannot switch an empty file to WAL.
    /// </summary>
    private static void CreateDatabaseFile(string databaseFile)
    {
        if (OperatingSystem.IsWindows())
        {
            using var _ = new FileStream(databaseFile, FileMode.CreateNew, FileAccess.Write);
        }
        else
        {
            using var _ = new FileStream(databaseFile, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileUnixMode });
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <summary>The operator's paragraph: what is wrong, where, and what to do (Danish, then English).</summary>
    public static string Explain(string folder, string reason) =>
        $"Retning kan ikke starte: datamappen {folder} kan ikke oprettes eller skrives i ({reason}). " +
        "Opret mappen, giv brugeren, der kører Retning, skriveret til den (og sørg for, at disken ikke er fuld eller monteret skrivebeskyttet), " +
        "eller peg Data:Folder på en anden mappe. " +
        $"Retning cannot start: the data folder {folder} cannot be created or written ({reason}). " +
        "Create it, give the user running Retning write access (and check that the disk is not full or mounted read-only), or set Data:Folder to another folder.";
}
