using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/konto/to-faktor: the authenticator key, the confirming code, then the recovery codes.</summary>
public sealed class TwoFactorPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Key => Page.Locator("#authenticator-key");
    public ILocator QrCode => Page.GetByRole(AriaRole.Img, new() { Name = "QR-kode til godkendelses-app" });
    public ILocator Code => Page.Locator("#Input_Code");
    public ILocator EnableButton => Page.GetByRole(AriaRole.Button, new() { Name = "Slå to-faktor-login til", Exact = true });
    public ILocator EnabledMessage => Page.Locator("main .alert-success");
    public ILocator RecoveryCodes => Page.GetByRole(AriaRole.List, new() { Name = "Gendannelseskoder" }).GetByRole(AriaRole.Listitem);

    public async Task<TwoFactorPage> OpenAsync(string step = "to-faktor")
    {
        await session.GotoAsync("/konto/to-faktor");
        await Expect(Heading).ToHaveTextAsync("To-faktor-login");
        await Expect(Key).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
        return this;
    }

    /// <summary>The key as an authenticator app takes it: base32 without the display spacing.</summary>
    public async Task<string> ReadKeyAsync()
    {
        var shown = await Key.InnerTextAsync();
        return new string(shown.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
    }

    public async Task EnableAsync(string code, string step = "to-faktor-slaaet-til")
    {
        await Code.FillAsync(code);
        await EnableButton.ClickAsync();
        await Expect(EnabledMessage).ToContainTextAsync("To-faktor-login er slået til");
        await session.CheckPageAsync(step);
    }
}
