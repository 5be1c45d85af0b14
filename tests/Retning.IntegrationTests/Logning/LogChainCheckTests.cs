using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Infrastructure;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Logning;

/// <summary>A leader checks on /logning that the audit log is unchanged; a row changed in the database shows as a broken link.</summary>
public sealed class LogChainCheckTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_leader_sees_the_chain_intact_and_then_the_first_broken_link_after_a_row_is_edited()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var plain = (await anne.GetPageAsync("/logning")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(plain.Document.QuerySelector("#kontroller-loggen"));
        Assert.Null(plain.Document.QuerySelector("#kaedekontrol"));

        var intact = (await anne.GetPageAsync("/logning?kontroller=true")).AssertStatus(HttpStatusCode.OK);
        var result = intact.Document.QuerySelector("#kaedekontrol");
        Assert.NotNull(result);
        Assert.Contains("Loggen er hel", result.TextContent, StringComparison.Ordinal);

        await using (var db = App.CreateSystemDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(AuditChainDatabase.DropTriggersSql(App.Database.Provider));
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "UserName" = 'ingen' WHERE "Sequence" = 1""");
        }

        var broken = (await anne.GetPageAsync("/logning?kontroller=true")).AssertStatus(HttpStatusCode.OK);
        var alert = broken.Document.QuerySelector("#kaedekontrol");
        Assert.NotNull(alert);
        Assert.Contains("alert-error", alert.ClassName, StringComparison.Ordinal);
        Assert.Contains("Loggen er brudt ved nr. 1", alert.TextContent, StringComparison.Ordinal);
    }
}
