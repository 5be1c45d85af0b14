using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Commands;
using Retning.Web.Jobs;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// The chain head leaves the database: the daily export (under the lease, once a day) appends it to the heads file,
/// <c>audit-head</c> prints it, and <c>verify-audit</c> checks the chain against the file, catching a truncated tail
/// that the database alone no longer shows.
/// </summary>
public sealed class AuditHeadExportTests : IAsyncLifetime
{
    private readonly string _headsFile = Path.Combine(Path.GetTempPath(), $"retning-heads-{Guid.NewGuid():N}.txt");
    private TestDatabase? _database;
    private RetningApp? _app;

    private RetningApp App => _app!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _app = new RetningApp(_database, settings: AppFixture.QuietSettings(new Dictionary<string, string?>
        {
            ["Audit:HeadExportPath"] = _headsFile,
            // The test runs the export itself; the job's timer (on the fake clock) must not fire when the clock moves a day.
            ["Audit:Interval"] = "30.00:00:00",
        }));
        _ = _app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _database!.DisposeAsync();
        File.Delete(_headsFile);
    }

    private async Task BrowseAsync()
    {
        using var mette = await BrowserlessClient.SignedInAsync(App, DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);
    }

    private async Task<(int Exit, string Output)> RunAsync(IRetningCommand command, params string[] arguments)
    {
        using var output = new StringWriter();
        var exit = await command.RunAsync(App.Services, arguments, output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task The_head_is_exported_once_a_day_and_verify_audit_catches_a_truncated_tail_with_it()
    {
        var export = App.Services.GetRequiredService<AuditHeadExportRun>();
        await BrowseAsync();

        var first = await export.RunOnceAsync(CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await export.RunOnceAsync(CancellationToken.None)); // the same day: the lease is held
        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await BrowseAsync();
        var second = await export.RunOnceAsync(CancellationToken.None);
        Assert.NotNull(second);
        Assert.True(second.Sequence > first.Sequence);
        Assert.Equal([first, second], AuditHead.ParseLines(await File.ReadAllLinesAsync(_headsFile)));

        var (exit, output) = await RunAsync(new AuditHeadCommand());
        Assert.Equal(0, exit);
        Assert.StartsWith($"{second.Sequence} {second.Hash} ", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync(new VerifyAuditCommand());
        Assert.True(exit == 0, output);
        Assert.Contains("Loggen er hel", output, StringComparison.Ordinal);
        Assert.Contains("Eksporterede hoveder kontrolleret: 2", output, StringComparison.Ordinal);

        // An attacker deletes the newest rows and sets the stored head back: the exported head still tells.
        await using (var db = App.CreateSystemDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(AuditChainDatabase.DropTriggersSql(App.Database.Provider));
            var keep = await db.AuditEntries.Where(e => e.Sequence == second.Sequence - 1).SingleAsync();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" >= {second.Sequence}""");
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditChainHead" SET "Sequence" = {keep.Sequence}, "Hash" = {keep.Hash}""");
        }

        (exit, output) = await RunAsync(new VerifyAuditCommand(), _headsFile);
        Assert.True(exit == 1, output);
        Assert.Contains($"Loggen er brudt ved nr. {second.Sequence}", output, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync(new VerifyAuditCommand(), _headsFile + ".missing")).Exit);
    }
}
