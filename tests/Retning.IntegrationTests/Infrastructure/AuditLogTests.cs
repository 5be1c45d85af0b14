using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>The audit log: one row per response that shows citizen data, a search logs its criterion, and the table is append-only.</summary>
public sealed class AuditLogTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] DownloadEndings = [".png", ".docx", ".pdf", ".zip", "/dokument"];

    private RetningApp App => fixture.App;

    /// <summary>Every page of the citizen, with a real goal, sub-goal, period and theme in the address.</summary>
    private async Task<List<string>> CitizenPages(Guid citizenId)
    {
        var values = await CitizenRouteValues.ForAsync(App, citizenId);
        return [.. RouteTable.CitizenPageRoutes(App).Select(r => RouteTable.Fill(r, citizenId, values))];
    }

    [Fact]
    public async Task Every_GET_of_a_citizen_page_writes_exactly_one_audit_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var pages = await CitizenPages(citizen.Id);
        Assert.Contains($"/borgere/{citizen.Id}", pages);
        Assert.Contains($"/borgere/{citizen.Id}/rediger", pages);

        foreach (var url in pages)
        {
            foreach (var visit in new[] { 1, 2 })
            {
                var before = await App.LastAuditIdAsync();

                var response = await anne.GetAsync(url);

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} (visit {visit}) answered {(int)response.StatusCode} for a department head.");
                var rows = await App.AuditEntriesSinceAsync(before);
                Assert.True(rows.Count == 1, $"GET {url} (visit {visit}) wrote {rows.Count} audit rows, expected exactly 1: {Describe(rows)}");
                var row = rows[0];
                Assert.Equal(citizen.Id, row.CitizenId);
                // A chart as PNG, a document as DOCX/PDF, the access package (ZIP) or a scanned consent leaves the system: an export, not a read.
                var path = url.Split('?')[0];
                // (A plan disclosure recorded before its DOCX was frozen answers with a page saying so: a read.)
                var download = DownloadEndings.Any(ext => path.EndsWith(ext, StringComparison.Ordinal))
                    && response.Content.Headers.ContentType?.MediaType != "text/html";
                Assert.Equal(download ? AuditAction.Export : AuditAction.Read, row.Action);
                Assert.Equal(DemoUsers.Anne, row.UserName);
                Assert.Equal(await App.UserIdAsync(DemoUsers.Anne), row.UserId);
                Assert.Equal(RetningApp.Start.UtcDateTime, row.AtUtc);
                Assert.False(string.IsNullOrWhiteSpace(row.Subject), $"The audit row of {url} should say what was touched.");
                Assert.False(string.IsNullOrWhiteSpace(row.CorrelationId), $"The audit row of {url} needs a correlation id.");
            }
        }
    }

    [Fact]
    public async Task The_citizen_list_writes_one_Search_row_with_the_criterion()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var page = (await mette.GetPageAsync("/borgere?q=Hansen&status=alle")).AssertStatus(HttpStatusCode.OK);

        var rows = await App.AuditEntriesSinceAsync(before);
        var row = Assert.Single(rows);
        Assert.Equal(AuditAction.Search, row.Action);
        Assert.Null(row.CitizenId);
        Assert.Equal(DemoUsers.Mette, row.UserName);
        Assert.NotNull(row.Detail);
        Assert.Contains("søgning: 'Hansen'", row.Detail, StringComparison.Ordinal);
        Assert.Contains("status: alle", row.Detail, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main"));
    }

    [Fact]
    public async Task Pages_without_citizen_data_write_no_audit_row()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        foreach (var url in new[] { "/konto", "/konto/adgangskode", "/health" })
        {
            var before = await App.LastAuditIdAsync();
            Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync(url)).StatusCode);
            var rows = await App.AuditEntriesSinceAsync(before);
            Assert.True(rows.Count == 0, $"{url} shows no citizen data but wrote {Describe(rows)}");
        }
    }

    [Fact]
    public async Task The_database_refuses_UPDATE_and_DELETE_on_the_audit_table()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);
        var rows = await App.AuditEntriesAsync();
        Assert.NotEmpty(rows);

        await using var db = App.CreateSystemDbContext();
        var update = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Subject\" = 'ændret'"));
        Assert.Contains("append-only", update.Message, StringComparison.OrdinalIgnoreCase);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        Assert.Contains("append-only", delete.Message, StringComparison.OrdinalIgnoreCase);

        var after = await App.AuditEntriesAsync();
        Assert.Equal(rows.Count, after.Count);
        Assert.DoesNotContain(after, r => r.Subject == "ændret");
    }

    [Fact]
    public async Task The_DbContext_refuses_to_modify_or_delete_an_audit_row()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);

        await using (var db = App.CreateSystemDbContext())
        {
            var row = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
            row.Subject = "ændret";
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        }

        await using (var db = App.CreateSystemDbContext())
        {
            var row = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
            db.AuditEntries.Remove(row);
            var ex = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        }

        await using var check = App.CreateSystemDbContext();
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Subject == "ændret"));
    }

    [Fact]
    public async Task Recording_a_read_refuses_to_commit_another_pending_change_on_the_side()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();
        await using (var db = App.CreateSystemDbContext())
        {
            var audit = new AuditLog(db, new CurrentUser(), new HttpContextAccessor(), App.Clock);
            var tracked = await db.Citizens.SingleAsync(c => c.Id == citizen.Id, TestContext.Current.CancellationToken);
            tracked.FirstName = "Ændret på siden";

            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => audit.RecordAsync(AuditAction.Read, citizen.Id, "Borger: vist"));
            Assert.Contains("Citizen (Modified: FirstName)", ex.Message, StringComparison.Ordinal);
        }

        await using var check = App.CreateSystemDbContext();
        Assert.NotEqual("Ændret på siden", (await check.Citizens.SingleAsync(c => c.Id == citizen.Id, TestContext.Current.CancellationToken)).FirstName);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    private static string Describe(IEnumerable<AuditEntry> rows) =>
        "[" + string.Join("; ", rows.Select(r => $"{r.Action} {r.Subject} {r.CitizenId}")) + "]";
}
