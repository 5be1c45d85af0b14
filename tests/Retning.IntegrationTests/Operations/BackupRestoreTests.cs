using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Commands;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// <c>backup</c> of a running instance while notes are written through HTTP, <c>restore</c> into a
/// fresh database, and an app started on it: every note acknowledged before the backup began is
/// there with its version, and the copy passed integrity_check (docs/architecture.md, "Where code lives": the operator commands). SQLite and PostgreSQL.
/// </summary>
public sealed class BackupRestoreTests
{
    private const int Writers = 4;

    [Fact]
    public async Task A_backup_under_write_load_restores_every_note_acknowledged_before_it_began()
    {
        var folder = Directory.CreateTempSubdirectory("retning-backup-").FullName;
        try
        {
            await using var source = await AppFixture.StartAsync();
            var citizen = await source.App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette);
            var writers = new List<NoteWriter>();
            for (var w = 0; w < Writers; w++)
            {
                writers.Add(new NoteWriter(await BrowserlessClient.SignedInAsync(source.App, DemoUsers.Mette), citizen.Id, $"backup-w{w}"));
            }

            using var stop = new CancellationTokenSource();
            var load = writers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
            await WaitForNotesAsync(writers, 10);

            var backupBegan = Stopwatch.GetTimestamp();
            var target = Path.Combine(folder, "retning-backup.db");
            var output = new StringWriter();
            var backupExit = await new BackupCommand().RunAsync(source.App.Services, [target], output, TestContext.Current.CancellationToken);
            var afterBackup = writers.Sum(w => w.Acknowledged.Count);
            await WaitForNotesAsync(writers, afterBackup + 5); // the writers were still going during and after the backup
            await stop.CancelAsync();
            await Task.WhenAll(load);

            Assert.True(backupExit == 0, output.ToString());
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(target + ".manifest.json"))!;
            if (!TestDatabase.UsePostgres)
            {
                Assert.Equal("ok", manifest["integrity_check"]);
            }

            var expected = writers.SelectMany(w => w.Acknowledged).Where(n => n.AckedAt < backupBegan).Select(n => n.Text).ToList();
            Assert.NotEmpty(expected);

            await using var fresh = await TestDatabase.CreateAsync();
            var restoreOutput = new StringWriter();
            var restoreExit = await new RestoreCommand().RunAsync(ServicesFor(fresh), [target], restoreOutput, TestContext.Current.CancellationToken);
            Assert.True(restoreExit == 0, restoreOutput.ToString());

            await using var restored = new RetningApp(fresh, settings: AppFixture.WithPooling(fresh, AppFixture.QuietSettings()));
            await using var db = restored.CreateSystemDbContext();
            var notes = await db.DiaryEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.CitizenId == citizen.Id && e.Text.StartsWith("backup-w"))
                .Select(e => new { e.Id, e.Text, e.CurrentVersion }).ToListAsync();
            var versions = await db.DiaryEntryVersions.IgnoreQueryFilters().AsNoTracking()
                .Where(v => v.Text.StartsWith("backup-w")).Select(v => v.EntryId).ToListAsync();
            var missing = expected.Except(notes.Select(n => n.Text)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {expected.Count} acknowledged notes are missing after restore: {string.Join(", ", missing.Take(10))}");
            Assert.All(notes, n => Assert.Equal(1, n.CurrentVersion));
            Assert.All(notes, n => Assert.Contains(n.Id, versions));
            if (!TestDatabase.UsePostgres)
            {
                Assert.Equal(["ok"], await BackupChecks.IntegrityRowsAsync(db, TestContext.Current.CancellationToken));
            }

            // The restored app serves the notes: its own start-up ran on the restored database.
            Assert.Equal(System.Net.HttpStatusCode.OK, (await restored.CreateClient().GetAsync("/health")).StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_already_holds_data()
    {
        var folder = Directory.CreateTempSubdirectory("retning-backup-").FullName;
        try
        {
            await using var source = await AppFixture.StartAsync();
            var target = Path.Combine(folder, "copy.db");
            Assert.Equal(0, await new BackupCommand().RunAsync(source.App.Services, [target], new StringWriter(), TestContext.Current.CancellationToken));
            var output = new StringWriter();

            var exit = await new RestoreCommand().RunAsync(source.App.Services, [target], output, TestContext.Current.CancellationToken);

            Assert.Equal(2, exit);
            Assert.Contains("Databasen er ikke tom", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The services the restore command needs for a database that has no app yet (the app would migrate it).</summary>
    private static ServiceProvider ServicesFor(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddRetningDatabase(new DatabaseSettings(database.Provider, database.ConnectionString, IsDefaultEmbedded: false));
        services.AddSingleton<ICitizenScope>(FixedCitizenScope.System);
        services.AddSingleton(TimeProvider.System);
        return services.BuildServiceProvider();
    }

    private static async Task WaitForNotesAsync(List<NoteWriter> writers, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (writers.Sum(w => w.Acknowledged.Count) < count)
        {
            Assert.True(DateTime.UtcNow < until, $"The writers acknowledged only {writers.Sum(w => w.Acknowledged.Count)} notes in 60 s.");
            await Task.Delay(50);
        }
    }
}
