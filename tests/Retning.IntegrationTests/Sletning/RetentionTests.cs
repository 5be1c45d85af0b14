using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Idempotency;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Borgere.Indsigt;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure.Idempotency;
using Retning.Web.Jobs;

namespace Retning.IntegrationTests.Sletning;

/// <summary>
/// The retention job (GDPR art. 5(1)(e), 17): a discharged citizen past the offer's period is erased
/// from every table, the audit log keeps its rows without the personal fields, and the erasure is
/// audited; a held or not-yet-due citizen is kept; a dry run changes nothing.
/// </summary>
public sealed class RetentionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_due_citizen_is_erased_everywhere_while_held_and_not_yet_due_citizens_are_kept()
    {
        var due = await App.NewCitizenWithFullRecordAsync(DemoUsers.Maagen, "slet-due", DemoUsers.Mette);
        var held = await App.NewCitizenWithFullRecordAsync(DemoUsers.Maagen, "slet-held", DemoUsers.Mette);
        var recent = await App.NewCitizenAsync(DemoUsers.Maagen);
        using (var mette = await fixture.SignInAsync(DemoUsers.Mette))
        {
            (await mette.GetPageAsync($"/borgere/{due.Citizen.Id}")).AssertStatus(HttpStatusCode.OK);
            (await mette.GetPageAsync($"/borgere/{due.Citizen.Id}/dagbog")).AssertStatus(HttpStatusCode.OK);
        }

        // Five years is Solsikken's default period: six years ago is past it, one year ago is not.
        await App.DischargeAsync(due.Citizen.Id, App.Today.AddYears(-6));
        await App.DischargeAsync(held.Citizen.Id, App.Today.AddYears(-6), hold: "Klage hos Ankestyrelsen");
        await App.DischargeAsync(recent.Id, App.Today.AddYears(-1));
        var heldBefore = await App.RowsWithCitizenIdAsync(held.Citizen.Id);
        var auditBefore = await AuditRowsOfAsync(due.Citizen.Id);
        Assert.NotEmpty(auditBefore);
        var totalAuditBefore = await AuditCountAsync();
        var lastBefore = await App.LastAuditIdAsync();

        var result = await App.RunRetentionAsync();

        Assert.True(result.HadLease);
        Assert.Equal(result.Due, result.Erased);
        Assert.True(result.Held >= 1);
        Assert.All(await App.RowsWithCitizenIdAsync(due.Citizen.Id), t => Assert.True(t.Value == 0, $"{t.Key} still has {t.Value} rows of the erased citizen"));
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.False(await db.DiaryEntryVersions.AnyAsync(v => v.EntryId == due.CorrectedNoteId));
            Assert.False(await db.PurposeRevisions.AnyAsync(r => r.PurposeId == due.PurposeId));
            Assert.False(await db.StatusRevisions.AnyAsync(r => r.StatusReportId == due.StatusId));
            Assert.False(await db.StatusEvents.AnyAsync(e => e.StatusReportId == due.StatusId));
            Assert.False(await db.MeetingParticipants.AnyAsync(p => p.MeetingId == due.MeetingId));
            Assert.False(await db.PlanPeriods.AnyAsync(p => p.Id == due.ClosedPeriodId));
            Assert.False(await db.Goals.AnyAsync(g => g.Id == due.GoalId || g.Id == due.SubGoalId));
            Assert.True(await db.Citizens.AnyAsync(c => c.Id == recent.Id));
        }

        // The held citizen keeps every row.
        Assert.Equal(heldBefore, await App.RowsWithCitizenIdAsync(held.Citizen.Id));

        // The audit log keeps its rows: the erased citizen's rows lose only CitizenId and Detail.
        var newRows = await App.AuditEntriesSinceAsync(lastBefore);
        Assert.Equal(totalAuditBefore + newRows.Count, await AuditCountAsync());
        Assert.Equal(result.Erased, newRows.Count);
        await using (var db = App.CreateSystemDbContext())
        {
            var ids = auditBefore.Select(a => a.Id).ToList();
            var after = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(auditBefore.Select(a => (a.Id, a.AtUtc, a.UserId, a.UserName, a.Action, a.Subject, a.CorrelationId)),
                after.Select(a => (a.Id, a.AtUtc, a.UserId, a.UserName, a.Action, a.Subject, a.CorrelationId)));
            Assert.All(after, a => Assert.Equal((null, null), (a.CitizenId, a.Detail)));
            Assert.All(after, a => Assert.NotNull(a.ErasedUtc));

            // ...and the chain still verifies: the row hash covers the personal fields' digest, not the fields (docs/adr/0007).
            var chain = await Retning.Data.Audit.AuditChain.VerifyAsync(db, exportedHeads: null, TestContext.Current.CancellationToken);
            Assert.True(chain.IsIntact, chain.Summary);
        }

        // The erasure itself is audited by the job, with counts and nothing that names the citizen.
        Assert.All(newRows, r => Assert.Equal((AuditAction.Erased, null, RetentionRun.ErasureSubject, RetentionRun.JobUserName), (r.Action, r.CitizenId, r.Subject, r.UserName)));
        Assert.All(newRows, r => Assert.Contains("Citizens=1", r.Detail, StringComparison.Ordinal));
        var erasure = Assert.Single(newRows, r => r.Detail!.EndsWith($"AuditEntries anonymiseret={auditBefore.Count}", StringComparison.Ordinal));
        Assert.Contains("DiaryEntryVersions=", erasure.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(due.Citizen.LastName, erasure.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(due.Citizen.Id.ToString(), erasure.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_run_deletes_the_form_keys_older_than_their_lifetime_and_keeps_the_younger()
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var userId = await App.UserIdAsync(DemoUsers.Mette);
        IdempotencyKey Key(TimeSpan age) => new() { Id = Guid.NewGuid(), UserId = userId, Key = Guid.NewGuid(), CreatedUtc = now - age, Location = "/" };
        var (old, young) = (Key(IdempotencyFilter.KeyLifetime + TimeSpan.FromMinutes(1)), Key(IdempotencyFilter.KeyLifetime - TimeSpan.FromMinutes(1)));
        await using (var db = App.CreateSystemDbContext())
        {
            db.IdempotencyKeys.AddRange(old, young);
            await db.SaveChangesAsync();
        }

        await App.RunRetentionAsync(dryRun: true);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(2, await db.IdempotencyKeys.CountAsync(k => k.Id == old.Id || k.Id == young.Id)); // a dry run changes nothing
        }

        await App.RunRetentionAsync();
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal([young.Id], await db.IdempotencyKeys.Where(k => k.Id == old.Id || k.Id == young.Id).Select(k => k.Id).ToListAsync());
        }
    }

    [Fact]
    public async Task A_dry_run_changes_nothing_and_reports_what_would_go()
    {
        var citizen = await App.NewCitizenWithFullRecordAsync(DemoUsers.Maagen, "slet-dry", DemoUsers.Mette);
        await App.DischargeAsync(citizen.Citizen.Id, App.Today.AddYears(-7));
        using (var anne = await fixture.SignInAsync(DemoUsers.Anne))
        {
            (await anne.GetPageAsync($"/borgere/{citizen.Citizen.Id}")).AssertStatus(HttpStatusCode.OK);
        }

        var before = await DataFingerprint.TakeAsync(App);
        var auditBefore = await AuditCountAsync();

        var result = await App.RunRetentionAsync(dryRun: true);

        Assert.True(result.DryRun);
        Assert.True(result.Due >= 1);
        Assert.Equal(0, result.Erased);
        Assert.Equal(before, await DataFingerprint.TakeAsync(App));
        Assert.Equal(auditBefore, await AuditCountAsync());
        Assert.Single(await AuditRowsOfAsync(citizen.Citizen.Id));
    }

    [Fact]
    public async Task The_database_allows_on_the_audit_log_only_the_update_that_erases_the_personal_fields()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        using (var anne = await fixture.SignInAsync(DemoUsers.Anne))
        {
            (await anne.GetPageAsync($"/borgere/{citizen.Id}")).AssertStatus(HttpStatusCode.OK);
        }

        var row = Assert.Single(await AuditRowsOfAsync(citizen.Id));
        await using var db = App.CreateSystemDbContext();
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CitizenId, (Guid?)null).SetProperty(a => a.Detail, (string?)null).SetProperty(a => a.Subject, "ændret")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CitizenId, Guid.NewGuid())));
        Assert.Equal(row.CitizenId, (await AuditRowsOfAsync(citizen.Id)).Single().CitizenId);

        Assert.Equal(1, await Retning.Data.Retention.AuditErasure.ErasePersonalFieldsAsync(db, citizen.Id, App.Clock.GetUtcNow().UtcDateTime, default));
        var erased = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == row.Id);
        Assert.Equal((null, null, row.Subject, row.UserName), (erased.CitizenId, erased.Detail, erased.Subject, erased.UserName));
    }

    [Fact]
    public async Task The_operators_report_lists_what_would_go_by_id_and_never_by_name()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        await App.DischargeAsync(citizen.Id, App.Today.AddYears(-6));
        var fingerprint = await DataFingerprint.TakeAsync(App);
        using var output = new StringWriter();

        var exit = await new Retning.Web.Commands.RetentionCommand().RunAsync(App.Services, ["report"], output, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var line = Assert.Single(output.ToString().Split('\n'), l => l.StartsWith(citizen.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains($"{App.Today.AddYears(-6):yyyy-MM-dd}  {App.Today.AddYears(-1):yyyy-MM-dd}   Due", line, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.LastName, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(fingerprint, await DataFingerprint.TakeAsync(App));
    }

    private async Task<List<AuditEntry>> AuditRowsOfAsync(Guid citizenId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.CitizenId == citizenId).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = App.CreateSystemDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
