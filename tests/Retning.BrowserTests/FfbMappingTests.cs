using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// An administrator gives a theme of the ICS template an FFB code at /admin/ffb (docs/adr/0018-ffb-vocabulary.md),
/// on a desktop and at tablet width: the fixed codes of the FFB template are shown, the form offers
/// FFB themes grouped with their conditions, and the saved code shows in the list.
/// </summary>
public sealed class FfbMappingTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, "venskab", "Relationer")]
    [InlineData(768, "fritid", "Interesser")]
    public async Task An_administrator_maps_a_local_theme_to_an_FFB_code(int width, string themeKey, string code)
    {
        await using var admin = await fixture.NewSessionAsync(width, height: 1024);
        var page = admin.Page;
        await new LoginPage(admin).SignInAsync("admin@demo.retning.dk", "Henrik Sørensen");
        await admin.GotoAsync("/admin");
        await admin.CheckPageAsync("administration");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se og vælg FFB-koder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "FFB-koder", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("tr[id$='-mental']").First).ToContainTextAsync("Fast kode");
        await admin.CheckPageAsync("ffb-koder");

        var row = page.Locator($"tr[id$='-{themeKey}']").First;
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("FFB-kode for ") }).ClickAsync();
        var form = page.Locator("#ffb-form");
        await Expect(form).ToBeVisibleAsync();
        await admin.CheckPageAsync("ffb-form");

        await form.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = code == "Relationer" ? "Relationer (hele temaet)" : code });
        await form.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Gem FFB-koden") }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync($"har nu FFB-koden {code}");
        await Expect(page.Locator($"tr[id$='-{themeKey}']").First).ToContainTextAsync(code);
        await admin.CheckPageAsync("ffb-gemt");
        admin.AssertEveryPageChecked();
    }
}
