using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>Retning on a 768 px tablet in portrait: nothing runs off the side of the page.</summary>
public sealed class TabletTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Department_head_on_a_tablet_uses_login_list_overview_and_create_form_without_horizontal_scrolling()
    {
        var citizen = (await DemoLookup.CitizensInAsync(fixture.App, DemoLookup.Maagen))[2];
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);

        var login = await new LoginPage(session).OpenAsync();
        await ExpectNoHorizontalOverflowAsync(session.Page, "log ind");

        await login.SubmitAsync("anne@demo.retning.dk", Retning.Data.Demo.DemoData.Password);
        var shell = new AppShell(session);
        await shell.ExpectFrontPageAsync("Anne Thomsen");
        await ExpectNoHorizontalOverflowAsync(session.Page, "forside");

        var list = await shell.GoToCitizensAsync();
        await Expect(list.Rows.First).ToBeVisibleAsync();
        await ExpectNoHorizontalOverflowAsync(session.Page, "borgerlisten");

        var overview = await list.OpenCitizenAsync(citizen.FullName);
        await ExpectNoHorizontalOverflowAsync(session.Page, "borgerens overblik");

        var form = await new CitizenFormPage(session).OpenAsync();
        await form.SubmitExpectingErrorsAsync("opret-borger-tom");
        await Expect(form.FieldError("FirstName")).ToBeVisibleAsync();
        await ExpectNoHorizontalOverflowAsync(session.Page, "opret borger med fejl");
        session.AssertEveryPageChecked();
    }

    private static async Task ExpectNoHorizontalOverflowAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"The page '{where}' is {scrollWidth} px wide in a {innerWidth} px window: it scrolls sideways.");
    }
}
