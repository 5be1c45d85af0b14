using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/log-ind/to-faktor: the second step of logging in, a code from the authenticator app.</summary>
public sealed class TwoFactorLoginPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Code => Page.Locator("#Input_Code");
    public ILocator CodeError => Page.Locator("#Input_Code-error");
    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true });

    public async Task ExpectLoadedAsync(string step = "log-ind-to-faktor")
    {
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/log-ind/to-faktor(\\?.*)?$"));
        await Expect(Heading).ToHaveTextAsync("Bekræft med kode");
        await Expect(Code).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    public async Task SubmitAsync(string code)
    {
        await Code.FillAsync(code);
        await SubmitButton.ClickAsync();
    }
}
