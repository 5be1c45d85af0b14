using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>An administrator who gives himself a role sees it wait for a second administrator (four eyes; docs/domain.md, "Roles").</summary>
public sealed class RoleRequestTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_role_the_administrator_gives_himself_waits_on_the_admin_pages()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync("admin@demo.retning.dk", "Henrik Sørensen");
        await session.GotoAsync("/admin/brugere?q=admin%40demo");
        await session.CheckPageAsync("brugere");
        await page.Locator("main table tbody a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Roller" })).ToBeVisibleAsync();
        await session.CheckPageAsync("egen-bruger");
        await page.Locator("#Membership_DepartmentId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Membership_Role").SelectOptionAsync(new SelectOptionValue { Label = "Kvalitetsmedarbejder" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj rolle" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Den gælder først, når en anden administrator har godkendt den.");
        await session.CheckPageAsync("rolle-anmodet");

        await session.GotoAsync("/admin");
        await Expect(page.Locator("#roller-venter")).ToContainTextAsync("venter på godkendelse");
        await session.CheckPageAsync("administration-med-ventende-rolle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se roller til godkendelse" }).ClickAsync();
        await Expect(page.Locator("main table")).ToContainTextAsync("Venter på en anden administrator");
        await session.CheckPageAsync("roller-til-godkendelse");
    }
}
