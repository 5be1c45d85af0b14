using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>The offer head sees what is overdue in which department and why, and opens the department's list (docs/domain.md, "Tasks and deadlines").</summary>
public sealed class OfferOverviewTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_offer_head_opens_the_offers_overview_and_goes_to_a_departments_overdue_tasks()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync("lars@demo.retning.dk", "Lars Bach");
        await session.GotoAsync("/opgaver/tilbud");
        await Expect(page.Locator("#afdelinger")).ToContainTextAsync(DemoLookup.Maagen);
        await Expect(page.Locator("#overskredne-typer")).ToContainTextAsync("Formål mangler");
        await session.CheckPageAsync("tilbuddets-opgaver");

        await page.Locator("#afdelinger a", new() { HasText = DemoLookup.Maagen }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Afdelingens opgaver" })).ToBeVisibleAsync();
        await Expect(page.Locator("#opgaver")).ToContainTextAsync("Overskredet");
        await session.CheckPageAsync("afdelingens-overskredne");
        session.AssertEveryPageChecked();
    }
}
