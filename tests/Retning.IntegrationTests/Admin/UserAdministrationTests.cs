using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>The administrator manages users and organisation, and a role given there is what scopes the user's citizens.</summary>
public sealed class UserAdministrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string NewPassword = "Ny-Bruger-2026!x";
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_user_created_by_the_administrator_logs_in_and_sees_only_the_citizens_of_the_department_given()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);

        var response = await admin.PostFormAsync("/admin/brugere/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Bodil Birk",
            ["Input.Email"] = "bodil@test.retning.dk",
            ["Input.Password"] = NewPassword,
            ["Input.DepartmentId"] = birken.ToString(),
            ["Input.Role"] = "CareWorker",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Creating a user should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        Assert.Equal($"/admin/brugere/{await App.UserIdAsync("bodil@test.retning.dk")}", response.RedirectPath());

        using var bodil = fixture.Anonymous();
        await bodil.LoginAsync("bodil@test.retning.dk", NewPassword);
        var list = (await bodil.GetPageAsync("/borgere?status=alle")).AssertStatus(HttpStatusCode.OK);
        var listed = list.Document.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal);
        var expected = (await App.CitizensInAsync(DemoUsers.Birken)).Select(c => c.FirstName + " " + c.LastName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await bodil.GetAsync($"/borgere/{(await App.CitizenAsync(DemoUsers.Maagen)).Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bodil.GetAsync($"/borgere/{(await App.CitizenAsync(DemoUsers.Birken)).Id}")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_is_logged_out_at_the_next_click_and_cannot_log_in()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var rasmus = await fixture.SignInAsync(DemoUsers.Rasmus);
        Assert.Equal(HttpStatusCode.OK, (await rasmus.GetAsync("/borgere")).StatusCode);
        var url = $"/admin/brugere/{await App.UserIdAsync(DemoUsers.Rasmus)}";

        var saved = await admin.PostFormAsync(url, overrides: new Dictionary<string, string?> { ["Input.IsActive"] = "false" });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
            $"Saving the user should redirect, got {(int)saved.StatusCode}: {BrowserlessClient.ErrorTexts(await saved.Content.ReadAsStringAsync())}");
        var next = await rasmus.GetAsync("/borgere");
        Assert.True(next.StatusCode == HttpStatusCode.Redirect, $"A deactivated user's next click should end the session, got {(int)next.StatusCode}.");
        Assert.Equal("/log-ind", next.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await rasmus.GetAsync("/borgere")).StatusCode);

        using var again = fixture.Anonymous();
        var page = await again.ReadPageAsync("/log-ind", await again.SubmitLoginAsync(DemoUsers.Rasmus, Data.Demo.DemoData.Password));
        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Forkert e-mail eller adgangskode.", page.ErrorSummary);
    }

    [Fact]
    public async Task The_administration_pages_show_no_citizen_content()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var citizens = (await App.CitizensInAsync(DemoUsers.Maagen)).Concat(await App.CitizensInAsync(DemoUsers.Birken)).ToList();
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = App.CreateSystemDbContext();
        var offer = db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).Single();
        var urls = new[]
        {
            "/", "/admin", "/admin/tilbud", $"/admin/tilbud/{offer}", $"/admin/afdelinger/{maagen}", "/admin/brugere",
            $"/admin/brugere/{await App.UserIdAsync(DemoUsers.Mette)}",
        };

        foreach (var url in urls)
        {
            var page = (await admin.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
            foreach (var citizen in citizens)
            {
                Assert.False(page.Html.Contains(citizen.FirstName + " " + citizen.LastName, StringComparison.Ordinal),
                    $"{url} shows the citizen {citizen.FirstName} {citizen.LastName} to the administrator.");
                Assert.False(page.Html.Contains(citizen.CprDigits[..6] + "-", StringComparison.Ordinal),
                    $"{url} shows a citizen's CPR number to the administrator.");
            }
        }
    }
}
