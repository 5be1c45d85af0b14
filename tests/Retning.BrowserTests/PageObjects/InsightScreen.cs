using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/ledelsesinformation and a figure's page: the choosers, the figures with their definitions, the rows behind a number.</summary>
public sealed class InsightScreen(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Period => Page.GetByLabel("Periode", new() { Exact = true });
    public ILocator Area => Page.GetByLabel("Område", new() { Exact = true });
    public ILocator Show => Page.GetByRole(AriaRole.Button, new() { Name = "Vis tal" });
    public ILocator PeriodText => Page.Locator("#periode-tekst");
    public ILocator Rows => Page.Locator("#tal-raekker tbody tr");

    public ILocator Figure(string slug) => Page.Locator($"tr[data-figure='{slug}']");

    public async Task ExpectOverviewAsync(string step)
    {
        await Expect(Heading).ToHaveTextAsync("Ledelsesinformation");
        await Expect(PeriodText).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    public async Task ExpectFigureAsync(string title, string step)
    {
        await Expect(Heading).ToHaveTextAsync(title);
        await Expect(Page.Locator("#tal-total")).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }
}
