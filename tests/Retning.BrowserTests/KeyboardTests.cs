using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>Retning is usable with the keyboard alone.</summary>
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Keyboard_user_skips_to_content_logs_in_with_Tab_and_Enter_and_opens_a_citizen()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var login = await new LoginPage(session).OpenAsync();
        var shell = new AppShell(session);

        // The skip link is the first Tab stop, and it shows when focused.
        await page.Keyboard.PressAsync("Tab");
        await Expect(shell.SkipLink).ToBeFocusedAsync();
        await Expect(shell.SkipLink).ToHaveTextAsync("Gå til sidens indhold");
        await Expect(shell.SkipLink).ToBeInViewportAsync();

        // Enter on it moves focus to the main content.
        await page.Keyboard.PressAsync("Enter");
        await Expect(shell.Main).ToBeFocusedAsync();

        // From there Tab reaches e-mail, password and the button, in that order.
        await page.Keyboard.PressAsync("Tab");
        await Expect(login.Email).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("rasmus@demo.retning.dk");
        await page.Keyboard.PressAsync("Tab");
        await Expect(login.Password).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoData.Password);
        await page.Keyboard.PressAsync("Tab");
        await Expect(login.SubmitButton).ToBeFocusedAsync();
        await ExpectVisibleFocusAsync(login.SubmitButton);

        // Back to the password and Enter submits the form.
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(login.Password).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await shell.ExpectFrontPageAsync("Rasmus Friis");

        // Signed in, he finds a citizen without the mouse: skip link, search field, Enter, Tab to the name, Enter.
        var citizen = (await DemoLookup.CitizensInAsync(fixture.App, DemoLookup.Maagen))[0];
        var list = await new CitizenListPage(session).OpenAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(shell.SkipLink).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(shell.Main).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(list.SearchField).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(citizen.LastName);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/borgere\?q="));
        await Expect(list.SearchField).ToHaveValueAsync(citizen.LastName);
        await session.CheckPageAsync("soegning");

        var link = list.NameLinks.GetByText(citizen.FullName, new() { Exact = true });
        await TabUntilFocusedAsync(page, link, maxPresses: 20);
        await ExpectVisibleFocusAsync(link);
        await page.Keyboard.PressAsync("Enter");
        await new CitizenOverviewPage(session).ExpectLoadedAsync(citizen.FullName, "borger-overblik");
        session.AssertEveryPageChecked();
    }

    /// <summary>Presses Tab until the element has focus, as a keyboard user would; fails if it is never reached.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator element, int maxPresses)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await element.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{maxPresses} presses of Tab did not reach the element.");
    }

    /// <summary>A keyboard user must see where focus is: an outline or a box shadow on the focused element.</summary>
    private static async Task ExpectVisibleFocusAsync(ILocator element)
    {
        var style = await element.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }");
        var visible = (style[0] != "none" && style[1] != "0px") || style[2] != "none";
        Assert.True(visible, $"The focused element has no visible focus indicator (outline {style[0]} {style[1]}, box-shadow {style[2]}).");
    }
}
