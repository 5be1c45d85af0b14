using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/log-ind: e-mail, password, "Log ind".</summary>
public sealed class LoginPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Email => Page.Locator("#Input_Email");
    public ILocator Password => Page.Locator("#Input_Password");
    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true });
    public ILocator SignedOutMessage => Page.GetByText("Du er logget ud.");

    public async Task<LoginPage> OpenAsync()
    {
        await session.GotoAsync("/log-ind");
        await ExpectLoadedAsync("log-ind");
        return this;
    }

    public async Task ExpectLoadedAsync(string step)
    {
        await Expect(Heading).ToHaveTextAsync("Log ind i Retning");
        await Expect(Email).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    /// <summary>Types the credentials and presses the button; the caller checks where it leads.</summary>
    public async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    /// <summary>Opens the login page and logs a demo user without two-factor in; ends on the front page.</summary>
    public async Task<AppShell> SignInAsync(string email, string fullName)
    {
        await OpenAsync();
        await SubmitAsync(email, DemoData.Password);
        var shell = new AppShell(session);
        await shell.ExpectFrontPageAsync(fullName);
        return shell;
    }
}
