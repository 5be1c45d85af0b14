using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Commands;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// The built app as a real process, concurrent note writers and readers through HTTP, <c>kill -9</c>
/// mid-write, restart on the same folder: every acknowledged note is there with its version and audit
/// row, every read answered 200 has its audit row (its commit shared with other reads, docs/adr/0013),
/// and integrity_check is ok (SQLite, bounded well under 60 s).
/// </summary>
public sealed class CrashTests
{
    private const int Writers = 4;
    private const int Readers = 4;

    [Fact]
    public async Task Killing_the_process_during_writes_loses_no_acknowledged_note()
    {
        Assert.SkipWhen(TestDatabase.UsePostgres, "SQLite only: the process keeps its database in its data folder.");
        var folder = Directory.CreateTempSubdirectory("retning-crash-").FullName;
        var settings = new Dictionary<string, string> { ["Data__Folder"] = folder, ["Demo__Seed"] = "true", ["Demo__Plans"] = "false" };
        try
        {
            List<NoteWriter> writers;
            List<SearchReader> readers;
            Guid citizenId;
            await using (var first = AppProcess.Start(settings))
            {
                await first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
                citizenId = await CitizenOfMetteAsync(folder);
                writers = [];
                for (var w = 0; w < Writers; w++)
                {
                    writers.Add(new NoteWriter(await BrowserlessClient.SignedInAsync(first.Address, DemoUsers.Mette), citizenId, $"crash-w{w}"));
                }

                readers = [];
                for (var r = 0; r < Readers; r++)
                {
                    readers.Add(new SearchReader(await BrowserlessClient.SignedInAsync(first.Address, DemoUsers.Mette), $"crash-r{r}"));
                }

                using var stop = new CancellationTokenSource();
                var load = writers.Select(w => Task.Run(() => w.RunAsync(stop.Token)))
                    .Concat(readers.Select(r => Task.Run(() => r.RunAsync(stop.Token)))).ToList();
                var until = DateTime.UtcNow.AddSeconds(30);
                while ((writers.Sum(w => w.Acknowledged.Count) < 20 || readers.Sum(r => r.Answered.Count) < 20) && DateTime.UtcNow < until)
                {
                    await Task.Delay(20);
                }

                first.KillHard(); // mid-write: the writers and readers have requests in flight
                await stop.CancelAsync();
                await Task.WhenAll(load);
            }

            var acknowledged = writers.SelectMany(w => w.Acknowledged).Select(n => n.Text).ToList();
            Assert.True(acknowledged.Count >= 20, $"Only {acknowledged.Count} notes were acknowledged before the kill.");
            var answered = readers.SelectMany(r => r.Answered).ToList();
            Assert.True(answered.Count >= 20, $"Only {answered.Count} reads were answered before the kill.");

            await using (var second = AppProcess.Start(settings))
            {
                await second.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
                await using var db = Open(folder);
                var notes = await db.DiaryEntries.IgnoreQueryFilters().AsNoTracking()
                    .Where(e => e.CitizenId == citizenId && e.Text.StartsWith("crash-w"))
                    .Select(e => new { e.Id, e.Text, e.CurrentVersion }).ToListAsync();
                var missing = acknowledged.Except(notes.Select(n => n.Text)).ToList();
                Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged notes are missing after kill -9: {string.Join(", ", missing.Take(10))}");

                var versionEntries = (await db.DiaryEntryVersions.IgnoreQueryFilters().AsNoTracking()
                    .Where(v => v.Text.StartsWith("crash-w")).Select(v => v.EntryId).ToListAsync()).ToHashSet();
                var auditDetails = (await db.AuditEntries.AsNoTracking()
                    .Where(a => a.CitizenId == citizenId && a.Action == AuditAction.Create && a.Subject == "Dagbog: beboernotat skrevet")
                    .Select(a => a.Detail!).ToListAsync()).ToHashSet();
                foreach (var note in notes.Where(n => acknowledged.Contains(n.Text)))
                {
                    Assert.Equal(1, note.CurrentVersion);
                    Assert.Contains(note.Id, versionEntries);
                    Assert.Contains($"notat={note.Id}", auditDetails);
                }

                // A read is answered only after its audit row's commit: each answered search term is in a Search row.
                var searches = await db.AuditEntries.AsNoTracking()
                    .Where(a => a.Action == AuditAction.Search && a.Subject == "Borgerliste" && a.Detail!.Contains("crash-r"))
                    .Select(a => a.Detail!).ToListAsync();
                var searched = searches.Select(SearchReader.TermOf).ToHashSet();
                var unaudited = answered.Where(term => !searched.Contains(term)).ToList();
                Assert.True(unaudited.Count == 0, $"{unaudited.Count} of {answered.Count} reads answered 200 have no audit row after kill -9: {string.Join(", ", unaudited.Take(10))}");
                Assert.Equal(searches.Count, searched.Count); // one row per read, never two

                Assert.Equal(["ok"], await BackupChecks.IntegrityRowsAsync(db, TestContext.Current.CancellationToken));
                var chain = await Retning.Data.Audit.AuditChain.VerifyAsync(db, exportedHeads: [], TestContext.Current.CancellationToken);
                Assert.True(chain.IsIntact, chain.Summary);
                TestContext.Current.SendDiagnosticMessage($"Crash: {acknowledged.Count} notes acknowledged before kill -9, {notes.Count} stored after restart (the rest were in flight); {answered.Count} reads answered, {searches.Count} read rows stored; integrity_check ok, audit chain intact ({chain.RowsChecked} rows).");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Guid> CitizenOfMetteAsync(string folder)
    {
        await using var db = Open(folder);
        var normalizedEmail = DemoUsers.Mette.ToUpperInvariant();
        var mette = await db.Users.Where(u => u.NormalizedEmail == normalizedEmail).Select(u => u.Id).SingleAsync();
        return await db.ContactTeamMembers.IgnoreQueryFilters().Where(m => m.UserId == mette)
            .Join(db.Citizens.IgnoreQueryFilters().Where(c => c.DischargedOn == null), m => m.CitizenId, c => c.Id, (m, c) => c.Id).FirstAsync();
    }

    /// <summary>The process's database, opened beside it (WAL lets a reader in while it runs).</summary>
    private static AppDbContext Open(string folder)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "retning.db")};Pooling=False", IsDefaultEmbedded: false));
        return new AppDbContext(options.Options, FixedCitizenScope.System, TimeProvider.System);
    }

    /// <summary>
    /// Searches the citizen list with a fresh term per request (the Search row's detail holds it) and records the
    /// terms whose page was answered 200 and read to the end.
    /// </summary>
    private sealed class SearchReader(BrowserlessClient client, string prefix)
    {
        /// <summary>The terms whose page was answered 200 and read to the end.</summary>
        public List<string> Answered { get; } = [];

        /// <summary>The term in a Search row's detail ("søgning: 'crash-r0-7'; afdeling: …").</summary>
        public static string TermOf(string detail)
        {
            var start = detail.IndexOf('\'', StringComparison.Ordinal) + 1;
            return detail[start..detail.IndexOf('\'', start)];
        }

        public async Task RunAsync(CancellationToken stop)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var term = $"{prefix}-{i}";
                try
                {
                    // GetAsync reads the whole body: a page cut off by the kill throws and does not count.
                    using var response = await client.GetAsync($"/borgere?q={term}&status=alle");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Answered.Add(term);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }
    }
}
