using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The administrator registers an API client (docs/adr/0017): a missing department gets a message at the
/// field, the secret is shown once after creating, and the list shows the client; axe-checked at both widths.
/// </summary>
public sealed class ApiClientAdminTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task An_administrator_creates_a_client_and_sees_its_secret_once(int width)
    {
        var name = $"Kommunens sagssystem {width}";
        await using var admin = await fixture.NewSessionAsync(width);
        var page = admin.Page;
        await new LoginPage(admin).SignInAsync("admin@demo.retning.dk", "Henrik Sørensen");
        await admin.GotoAsync("/admin/api-klienter/ny");
        await admin.CheckPageAsync("ny-klient");

        await page.Locator("#Input_Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret API-klient" }).ClickAsync();
        await Expect(page.Locator(".alert-error")).ToContainTextAsync("Vælg mindst én afdeling");
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync(name);
        await admin.CheckPageAsync("ny-klient-fejl");

        await page.GetByLabel("Solsikken – Mågen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret API-klient" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        var secret = await page.Locator("#hemmelighed").TextContentAsync();
        Assert.Equal(43, secret?.Length);
        await admin.CheckPageAsync("klient-hemmelighed");

        await page.ReloadAsync();
        await Expect(page.Locator("#hemmelighed")).ToHaveCountAsync(0);
        await admin.CheckPageAsync("klient-uden-hemmelighed");

        await admin.GotoAsync("/admin/api-klienter");
        await Expect(page.Locator("main table")).ToContainTextAsync(name);
        await admin.CheckPageAsync("klientliste");
        admin.AssertEveryPageChecked();
    }
}
