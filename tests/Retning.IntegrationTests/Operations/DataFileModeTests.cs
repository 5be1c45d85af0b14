using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Retning.Data;
using Retning.Data.Operations;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>The SQLite folder is created 0700 and the database with its -wal and -shm files 0600 (docs/architecture.md, "House rules").</summary>
public sealed class DataFileModeTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_folder_is_owner_only_and_so_are_the_database_and_its_wal_and_shm_files()
    {
        Assert.SkipWhen(TestDatabase.UsePostgres || OperatingSystem.IsWindows(), "SQLite on Unix only.");
        var root = Path.Combine(Path.GetTempPath(), "retning-modes-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "data");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = folder }).Build();
            var settings = DatabaseSettings.From(configuration);
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseRegistration.Configure(options, settings);
            await using var db = new AppDbContext(options.Options, FixedCitizenScope.System, new FakeTimeProvider());
            await db.Database.OpenConnectionAsync();
            await db.Database.MigrateAsync();

            // While the connection is open, WAL mode keeps its -wal and -shm files beside the database.
            var file = Path.Combine(folder, "retning.db");
            Assert.Equal(DataFolder.FolderUnixMode, File.GetUnixFileMode(folder));
            Assert.Equal(DataFolder.FileUnixMode, File.GetUnixFileMode(file));
            Assert.Equal(DataFolder.FileUnixMode, File.GetUnixFileMode(file + "-wal"));
            Assert.Equal(DataFolder.FileUnixMode, File.GetUnixFileMode(file + "-shm"));
            await db.Database.CloseConnectionAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
