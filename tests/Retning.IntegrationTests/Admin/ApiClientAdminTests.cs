using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// The administrator registers an API client through the real form (docs/adr/0017): the secret is shown once
/// and works at /api/token; a new secret or a revocation ends the old tokens; every change is audited.
/// </summary>
public sealed class ApiClientAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_administrator_creates_a_client_sees_the_secret_once_and_the_secret_gets_a_token()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();

        var created = await admin.PostFormAsync("/admin/api-klienter/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kommunens sagssystem",
            ["Input.Description"] = "Henter planer til sagsbehandlingen",
            ["Input.DepartmentIds"] = maagen.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await admin.GetPageAsync(created.RedirectPath()!);
        var secret = page.Document.QuerySelector("#hemmelighed")?.TextContent;
        var clientId = page.Document.QuerySelector("#klient-id")?.TextContent;
        Assert.False(string.IsNullOrEmpty(secret));
        await using (var db = App.CreateSystemDbContext())
        {
            var stored = await db.ApiClients.Include(c => c.Departments).SingleAsync(c => c.ClientId == clientId);
            Assert.Equal((ApiRights.Read, App.Today.AddYears(1), maagen), (stored.Rights, stored.ExpiresOn, Assert.Single(stored.Departments).DepartmentId));
            Assert.DoesNotContain(secret!, stored.SecretHash, StringComparison.Ordinal);
        }

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Administration: API-klient"), (row.Action, row.Subject));
        Assert.DoesNotContain(secret!, row.Detail, StringComparison.Ordinal);

        // Shown once: the page again has no secret.
        var again = await admin.GetPageAsync(created.RedirectPath()!);
        Assert.Null(again.Document.QuerySelector("#hemmelighed"));
        Assert.DoesNotContain(secret!, again.Html, StringComparison.Ordinal);

        using var http = App.ApiHttp();
        Assert.Equal(HttpStatusCode.OK, (await http.RequestTokenAsync(clientId!, secret!)).StatusCode);
    }

    [Fact]
    public async Task A_new_secret_replaces_the_old_one_and_revoking_ends_every_token()
    {
        var client = await App.AddApiClientAsync("Skiftes og tilbagekaldes", DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var http = App.ApiHttp();
        var oldToken = await http.TokenAsync(client);
        var url = $"/admin/api-klienter/{client.Id}";

        var renewed = await admin.PostFormAsync(url, "main form[action*='NyHemmelighed']");
        var secret = (await admin.GetPageAsync(renewed.RedirectPath()!)).Document.QuerySelector("#hemmelighed")!.TextContent;

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.RequestTokenAsync(client.ClientId, client.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetWithTokenAsync("/api/v1/mig", oldToken)).StatusCode);
        var newToken = await http.TokenAsync(client with { Secret = secret });
        Assert.Equal(HttpStatusCode.OK, (await http.GetWithTokenAsync("/api/v1/mig", newToken)).StatusCode);

        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, "main form[action*='Tilbagekald']")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetWithTokenAsync("/api/v1/mig", newToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.RequestTokenAsync(client.ClientId, secret)).StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal("api-klient=" + client.Id + "; handling: tilbagekaldt", row.Detail);
        Assert.Contains("Tilbagekaldt", (await admin.GetPageAsync("/admin/api-klienter")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_at_the_fields_and_keeps_what_was_typed()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var page = await admin.PostFormForPageAsync("/admin/api-klienter/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.Name"] = "Uden afdeling",
            ["Input.Read"] = "false",
            ["Input.ExpiresOn"] = App.Today.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        page.AssertStatus(HttpStatusCode.OK);
        var errors = page.Document.QuerySelectorAll(".form-error-message").Select(e => e.TextContent).ToList();
        Assert.Contains(errors, e => e.Contains("Vælg mindst én afdeling", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Vælg læseret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("højst gælde 2 år", StringComparison.Ordinal));
        Assert.Equal("Uden afdeling", page.Document.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("200", page.Document.QuerySelector("#Input_Name")?.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task A_stale_edit_shows_the_conflict_and_overwrites_nothing()
    {
        var client = await App.AddApiClientAsync("Redigeres af to", DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var url = $"/admin/api-klienter/{client.Id}";
        var stale = await admin.GetPageAsync(url);
        var first = await admin.PostFormAsync(url, overrides: new Dictionary<string, string?> { ["Input.Name"] = "Første navn" });
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, BrowserlessClient.ErrorTexts(await first.Content.ReadAsStringAsync()));

        var conflict = await admin.ReadPageAsync(url, await stale.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Name"] = "Andet navn" }));

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En anden har gemt ændringer", conflict.Document.QuerySelector("#error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Andet navn", conflict.Document.QuerySelector("#Input_Name")?.GetAttribute("value"));
        await using var db = App.CreateSystemDbContext();
        Assert.Equal("Første navn", await db.ApiClients.Where(c => c.Id == client.Id).Select(c => c.Name).SingleAsync());
    }
}
