using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>The layout every page shares: skip link, header with the user, main navigation, log out.</summary>
public sealed class AppShell(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator SkipLink => Page.Locator("a.skipnav");
    public ILocator Main => Page.Locator("main#main-content");
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator UserName => Page.Locator(".app-user-name strong");
    public ILocator MainMenu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" });
    public ILocator LogOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "Log ud", Exact = true });

    /// <summary>The front page a user lands on after logging in.</summary>
    public async Task ExpectFrontPageAsync(string fullName, string step = "forside")
    {
        // A form posted from "#main-content" (after the skip link) keeps the fragment through the redirect.
        await Expect(Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(session.Url("/")) + "(#main-content)?$"));
        await Expect(Heading).ToHaveTextAsync($"Goddag, {fullName}");
        await Expect(UserName).ToHaveTextAsync(fullName);
        await session.CheckPageAsync(step);
    }

    public async Task<CitizenListPage> GoToCitizensAsync()
    {
        await MainMenu.GetByRole(AriaRole.Link, new() { Name = "Borgere", Exact = true }).ClickAsync();
        var list = new CitizenListPage(session);
        await list.ExpectLoadedAsync("borgere");
        return list;
    }

    /// <summary>Logs out with the "Log ud" button in the header, as from any page.</summary>
    public async Task<LoginPage> LogOutAsync()
    {
        await LogOutButton.ClickAsync();
        return await ExpectSignedOutAsync();
    }

    /// <summary>Logs out from the /log-ud page and its "Log ud nu" button.</summary>
    public async Task<LoginPage> LogOutFromLogOutPageAsync()
    {
        await session.GotoAsync("/log-ud");
        await Expect(Heading).ToHaveTextAsync("Log ud");
        await session.CheckPageAsync("log-ud");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Log ud nu", Exact = true }).ClickAsync();
        return await ExpectSignedOutAsync();
    }

    private async Task<LoginPage> ExpectSignedOutAsync()
    {
        var login = new LoginPage(session);
        await Expect(Page).ToHaveURLAsync(session.Url("/log-ind?logget-ud=true"));
        await Expect(login.SignedOutMessage).ToBeVisibleAsync();
        await Expect(LogOutButton).ToHaveCountAsync(0);
        await session.CheckPageAsync("logget-ud");
        return login;
    }
}
