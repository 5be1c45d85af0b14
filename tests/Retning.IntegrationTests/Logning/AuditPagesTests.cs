using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Logning;

/// <summary>"Who has seen this citizen's data" (/borgere/{id}/logning) and the log per user (/logning), for leaders and quality officers.</summary>
public sealed class AuditPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_citizen_log_shows_who_has_read_the_citizen_and_who_was_refused()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette);
        using (var mette = await fixture.SignInAsync(DemoUsers.Mette))
        {
            Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        }

        using (var jonas = await fixture.SignInAsync(DemoUsers.Jonas))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var log = (await anne.GetPageAsync($"/borgere/{citizen.Id}/logning")).AssertStatus(HttpStatusCode.OK);

        var rows = Rows(log);
        Assert.Contains(rows, r => r[1].EndsWith(DemoUsers.Mette, StringComparison.Ordinal) && r[2] == "Læst" && r[3] == "Borger: overblik");
        // Jonas works in Ternen, outside Anne's department: his stored login is all she sees of him.
        Assert.Contains(rows, r => r[1] == DemoUsers.Jonas && r[2] == "Adgang nægtet");

        var denied = (await anne.GetPageAsync($"/borgere/{citizen.Id}/logning?handling=Denied")).AssertStatus(HttpStatusCode.OK);
        var deniedRows = Rows(denied);
        Assert.NotEmpty(deniedRows);
        Assert.All(deniedRows, r => Assert.Equal("Adgang nægtet", r[2]));
        Assert.Equal("Denied", denied.Document.QuerySelector("select#handling option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_log_per_user_shows_a_staff_members_reads_within_the_readers_departments_only()
    {
        var maagenCitizen = await App.CitizenAsync(DemoUsers.Maagen);
        var birkenCitizen = await App.CitizenAsync(DemoUsers.Birken);
        using (var mette = await fixture.SignInAsync(DemoUsers.Mette))
        {
            Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{maagenCitizen.Id}")).StatusCode);
        }

        using (var sofie = await fixture.SignInAsync(DemoUsers.Sofie))
        {
            Assert.Equal(HttpStatusCode.OK, (await sofie.GetAsync($"/borgere/{birkenCitizen.Id}")).StatusCode);
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        var page = (await anne.GetPageAsync($"/logning?bruger={metteId}")).AssertStatus(HttpStatusCode.OK);

        var rows = Rows(page);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith(DemoUsers.Mette, r[1], StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "Læst" && r[3] == $"{maagenCitizen.FirstName} {maagenCitizen.LastName}");

        // Anne leads Mågen only: Sofie (Birken) is not hers to look up, and Birken's citizens never show.
        var users = page.Document.QuerySelectorAll("select[name='bruger'] option").Select(o => o.TextContent).ToList();
        Assert.DoesNotContain(users, u => u.Contains(DemoUsers.Sofie, StringComparison.Ordinal));
        var sofiesLog = (await anne.GetPageAsync($"/logning?bruger={await App.UserIdAsync(DemoUsers.Sofie)}")).AssertStatus(HttpStatusCode.OK);
        Assert.Empty(Rows(sofiesLog));
        Assert.DoesNotContain(birkenCitizen.LastName, sofiesLog.MainText, StringComparison.Ordinal);

        // The quality officer of Mågen and Birken sees both.
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var both = Rows((await kvalitet.GetPageAsync($"/logning?bruger={await App.UserIdAsync(DemoUsers.Sofie)}")).AssertStatus(HttpStatusCode.OK));
        Assert.Contains(both, r => r[3] == $"{birkenCitizen.FirstName} {birkenCitizen.LastName}");
    }

    /// <summary>The cells of the audit table: time, user, action, [citizen,] what, detail.</summary>
    private static List<string[]> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
}
