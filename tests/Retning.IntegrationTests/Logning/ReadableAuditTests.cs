using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Logning;

/// <summary>
/// The audit pages name what a row is about — the goal's text, the user, the criteria in words —
/// instead of raw ids and query strings, within the reader's scope; the stored row is unchanged.
/// </summary>
public sealed class ReadableAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_citizen_log_names_the_goal_that_was_opened_and_keeps_the_stored_row()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren møder i skole til tiden fire ud af fem dage om ugen i hele perioden");
        using (var mette = await fixture.SignInAsync(DemoUsers.Mette))
        {
            Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{citizen.Id}/maal/{goal.Id}")).StatusCode);
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var log = (await anne.GetPageAsync($"/borgere/{citizen.Id}/logning?handling=Read")).AssertStatus(HttpStatusCode.OK);

        var row = Assert.Single(Rows(log), r => r[1].EndsWith(DemoUsers.Mette, StringComparison.Ordinal) && r[3] == "Mål: vist");
        // The user by name, with the stored login beside it.
        var userCell = log.Document.QuerySelectorAll("main table tbody tr")
            .Single(tr => tr.Children[3].TextContent.Trim() == "Mål: vist").Children[1];
        Assert.Equal(await FullNameAsync(DemoUsers.Mette), userCell.ChildNodes[0].TextContent.Trim());
        Assert.Equal(DemoUsers.Mette, userCell.QuerySelector(".app-muted")!.TextContent.Trim());
        Assert.Equal("Mål: \"At borgeren møder i skole til tiden fire ud af fem…\"", row[4]);
        Assert.DoesNotContain(goal.Id.ToString(), log.MainText, StringComparison.OrdinalIgnoreCase);

        await using var db = App.CreateSystemDbContext();
        var stored = await db.AuditEntries.Where(e => e.CitizenId == citizen.Id && e.Subject == "Mål: vist").Select(e => e.Detail).ToListAsync();
        Assert.Contains($"mål={goal.Id}", stored);
    }

    [Fact]
    public async Task The_user_log_reads_a_search_of_the_log_in_words()
    {
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        using (var anne = await fixture.SignInAsync(DemoUsers.Anne))
        {
            (await anne.GetPageAsync($"/logning?bruger={metteId}&handling=Update&fra=2026-12-01&til=")).AssertStatus(HttpStatusCode.OK);
        }

        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await kvalitet.GetPageAsync($"/logning?bruger={await App.UserIdAsync(DemoUsers.Anne)}")).AssertStatus(HttpStatusCode.OK);

        var metteName = await FullNameAsync(DemoUsers.Mette);
        Assert.Contains(Rows(page), r => r[4] == "Logning pr. bruger" && r[5] == $"Bruger: {metteName}; Handling: Ændret; Fra: 01-12-2026");
        Assert.DoesNotContain(metteId.ToString(), page.MainText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_goal_outside_the_readers_departments_is_not_named()
    {
        var birken = await App.CitizenAsync(DemoUsers.Birken);
        var goal = await App.AddGoalAsync(birken.Id, "At Birkens borger tager bussen til skole hver morgen");
        // A row of a Mågen staff member that mentions Birken's goal without naming the citizen.
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        await using (var db = App.CreateSystemDbContext())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = DateTime.UtcNow, UserId = metteId, UserName = DemoUsers.Mette, Action = AuditAction.Denied,
                Subject = "Mål: prøvede at åbne", Detail = $"mål={goal.Id}", CorrelationId = "readable-audit-test",
            });
            await db.SaveChangesAsync();
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var hers = Rows((await anne.GetPageAsync($"/logning?bruger={metteId}&handling=Denied")).AssertStatus(HttpStatusCode.OK));
        Assert.Contains(hers, r => r[4] == "Mål: prøvede at åbne" && r[5] == "Mål: (ikke tilgængelig)");

        // The quality officer of Mågen and Birken may see the goal.
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var theirs = Rows((await kvalitet.GetPageAsync($"/logning?bruger={metteId}&handling=Denied")).AssertStatus(HttpStatusCode.OK));
        Assert.Contains(theirs, r => r[4] == "Mål: prøvede at åbne" && r[5] == "Mål: \"At Birkens borger tager bussen til skole hver morg…\"");
    }

    private async Task<string> FullNameAsync(string email)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.FullName).SingleAsync();
    }

    /// <summary>The cells of the audit table: time, user, action, [citizen,] what, detail.</summary>
    private static List<string[]> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
}
