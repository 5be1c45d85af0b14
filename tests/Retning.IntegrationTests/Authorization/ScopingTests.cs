using System.Globalization;
using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>Department scoping: another department's citizen is "not found" (and the attempt is logged); an offer head sees the offer; the administrator sees no citizen.</summary>
public sealed class ScopingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    /// <summary>Every page of the citizen, with a real goal, sub-goal, period and theme in the address.</summary>
    private async Task<List<string>> CitizenPages(Guid citizenId)
    {
        var values = await CitizenRouteValues.ForAsync(App, citizenId);
        return [.. RouteTable.CitizenPageRoutes(App).Select(r => RouteTable.Fill(r, citizenId, values))];
    }

    [Fact]
    public async Task A_care_worker_of_another_department_gets_404_on_every_page_of_the_citizen_and_each_attempt_is_logged()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var jonasId = await App.UserIdAsync(DemoUsers.Jonas);
        var urls = await CitizenPages(citizen.Id);
        Assert.Contains($"/borgere/{citizen.Id}/rediger", urls);

        foreach (var url in urls)
        {
            var before = await App.LastAuditIdAsync();

            var page = await jonas.GetPageAsync(url);

            Assert.True(page.Status == HttpStatusCode.NotFound, $"{url} answered {(int)page.Status} to a care worker of another department; expected 404.");
            Assert.DoesNotContain(citizen.LastName, page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain(citizen.CprDigits[..6], page.Html, StringComparison.Ordinal);
            Assert.Equal("Siden findes ikke", page.Document.QuerySelector("h1")?.TextContent.Trim());
            var rows = await App.AuditEntriesSinceAsync(before);
            var row = Assert.Single(rows);
            Assert.Equal(AuditAction.Denied, row.Action);
            Assert.Equal(citizen.Id, row.CitizenId);
            Assert.Equal(jonasId, row.UserId);
        }
    }

    [Fact]
    public async Task A_post_to_another_departments_citizen_is_404_and_changes_nothing()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var token = (await jonas.GetPageAsync("/konto/adgangskode")).AssertStatus(HttpStatusCode.OK).FieldValue("__RequestVerificationToken")!;
        var before = await App.LastAuditIdAsync();

        var response = await jonas.PostRawAsync($"/borgere/{citizen.Id}/rediger", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.FirstName"] = "Hacket",
            ["Input.LastName"] = citizen.LastName,
            ["Input.Cpr"] = Domain.Citizens.Cpr.Format(citizen.CprDigits),
            ["Input.EnrolledOn"] = citizen.EnrolledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Version"] = citizen.Version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(citizen.FirstName, (await App.CitizenByIdAsync(citizen.Id)).FirstName);
        Assert.Equal([AuditAction.Denied], (await App.AuditEntriesSinceAsync(before)).Select(r => r.Action));
    }

    [Fact]
    public async Task An_unknown_citizen_id_is_404_like_a_hidden_one_and_logs_no_denial()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var before = await App.LastAuditIdAsync();

        var response = await jonas.GetAsync($"/borgere/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task A_care_worker_sees_only_the_citizens_of_her_own_department()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var mine = await App.CitizensInAsync(DemoUsers.Maagen);

        var page = (await mette.GetPageAsync("/borgere?status=alle")).AssertStatus(HttpStatusCode.OK);

        var names = ListedNames(page);
        Assert.Equal(mine.Select(c => c.FirstName + " " + c.LastName).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        foreach (var other in await App.CitizensInAsync(DemoUsers.Ternen))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync($"/borgere/{other.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task An_offer_head_sees_both_departments_of_his_offer_but_not_the_other_offer()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var solsikken = (await App.CitizensInAsync(DemoUsers.Maagen)).Concat(await App.CitizensInAsync(DemoUsers.Ternen)).ToList();
        var lindely = (await App.CitizensInAsync(DemoUsers.Birken)).Concat(await App.CitizensInAsync(DemoUsers.Egen)).ToList();
        Assert.True(solsikken.Count <= 25, "The test reads the first page of the list; Solsikken should fit on it.");

        var page = (await lars.GetPageAsync("/borgere?status=alle")).AssertStatus(HttpStatusCode.OK);

        var names = ListedNames(page);
        Assert.Equal(solsikken.Select(c => c.FirstName + " " + c.LastName).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        var departments = page.Document.QuerySelectorAll("select#afdeling option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains(departments, d => d.EndsWith(DemoUsers.Maagen, StringComparison.Ordinal));
        Assert.Contains(departments, d => d.EndsWith(DemoUsers.Ternen, StringComparison.Ordinal));
        Assert.DoesNotContain(departments, d => d.EndsWith(DemoUsers.Birken, StringComparison.Ordinal) || d.EndsWith(DemoUsers.Egen, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync($"/borgere/{(await App.CitizenAsync(DemoUsers.Ternen)).Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync($"/borgere/{(await App.CitizenAsync(DemoUsers.Maagen)).Id}")).StatusCode);
        foreach (var citizen in lindely.Take(3))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        }

        // A search by another offer's citizen's name finds nothing.
        var search = (await lars.GetPageAsync("/borgere?status=alle&q=" + Uri.EscapeDataString(lindely[0].FirstName))).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain(lindely[0].LastName, search.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_sees_no_citizen_content()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/borgere")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/borgere/{citizen.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/borgere/{citizen.Id}/rediger")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/borgere/ny")).StatusCode);

        var home = (await admin.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Din rolle giver ikke adgang til borgere.", home.MainText, StringComparison.Ordinal);
        Assert.Null(home.Document.QuerySelector("a[href='/borgere']"));
        foreach (var c in await App.CitizensInAsync(DemoUsers.Maagen))
        {
            Assert.DoesNotContain(c.FirstName + " " + c.LastName, home.Html, StringComparison.Ordinal);
        }
    }

    private static List<string> ListedNames(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
}
