using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The sector management logs in and sees a start page that explains the role, a menu with only the
/// front page and the figures, and no citizen anywhere (docs/domain.md, "Roles"); a citizen list is refused.
/// </summary>
public sealed class SectorManagementTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task The_sector_manager_sees_the_start_page_and_a_menu_without_citizens(int width)
    {
        await using var session = await fixture.NewSessionAsync(width: width, height: 900);
        var page = session.Page;
        await new LoginPage(session).SignInAsync("sektor@demo.retning.dk", "Ole Kragh");
        var shell = new AppShell(session);

        await Expect(page.Locator("#sektorledelse-afsnit")).ToContainTextAsync("aldrig til de enkelte borgere");
        await Expect(page.Locator(".app-user-department")).ToHaveTextAsync("Region Nordjylland (demo) – hele regionen (Sektorledelse)");
        await Expect(shell.MainMenu.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Forside", "Ledelsesinformation", "Kvalitet"]);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gå til ledelsesinformation" })).ToHaveAttributeAsync("href", "/ledelsesinformation");
        await session.CheckPageAsync("sektorledelse-forside");

        var refused = await session.GotoAsync("/borgere");
        Assert.Equal(403, refused?.Status);
        await session.CheckPageAsync("sektorledelse-borgere-afvist");
        session.AssertEveryPageChecked();
    }
}
