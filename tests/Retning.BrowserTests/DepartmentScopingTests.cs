using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>A user of another department cannot reach a citizen, nor learn that they exist.</summary>
public sealed class DepartmentScopingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Care_worker_of_another_department_gets_the_not_found_page_for_a_citizen()
    {
        var citizen = (await DemoLookup.CitizensInAsync(fixture.App, DemoLookup.Maagen))[1];
        await using var session = await fixture.NewSessionAsync();

        // Jonas works in Ternen; the citizen lives in Mågen.
        var shell = await new LoginPage(session).SignInAsync("jonas@demo.retning.dk", "Jonas Vestergaard");

        foreach (var (path, step) in new[] { ($"/borgere/{citizen.Id}", "borger-404"), ($"/borgere/{citizen.Id}/rediger", "rediger-404") })
        {
            var response = await session.GotoAsync(path);
            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            await Expect(shell.Heading).ToHaveTextAsync("Siden findes ikke");
            await Expect(session.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Siden findes ikke"));
            await session.CheckPageAsync(step);
            await ExpectNoTraceOfAsync(session.Page, citizen);
        }

        // Nor does his search find them.
        var list = await new CitizenListPage(session).OpenAsync();
        await list.SearchAsync(citizen.FullName);
        await Expect(list.NoResults).ToBeVisibleAsync();
        await Expect(list.Rows).ToHaveCountAsync(0);
        await ExpectNoTraceOfAsync(session.Page, citizen, exceptInSearchField: true);
        session.AssertEveryPageChecked();
    }

    private static async Task ExpectNoTraceOfAsync(IPage page, DemoCitizen citizen, bool exceptInSearchField = false)
    {
        var html = await page.ContentAsync();
        if (exceptInSearchField)
        {
            // The search box shows back what he typed; nothing else may carry the name.
            html = html.Replace($"value=\"{citizen.FullName}\"", string.Empty, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(citizen.FullName, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(citizen.CprDigits[..6], html, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.Id.ToString(), await page.Locator("body").InnerHTMLAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
