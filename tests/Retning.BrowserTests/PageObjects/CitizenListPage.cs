using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/borgere: search, the table of citizens, "Opret borger".</summary>
public sealed partial class CitizenListPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator SearchField => Page.Locator("#q");
    public ILocator SearchButton => Page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true });
    public ILocator Table => Page.Locator("main table");
    public ILocator Rows => Page.Locator("main table tbody tr");
    public ILocator NameLinks => Page.Locator("main table tbody tr td:first-child a");
    public ILocator NoResults => Page.GetByText("Ingen borgere matcher søgningen.");
    public ILocator CreateLink => Page.GetByRole(AriaRole.Link, new() { Name = "Opret borger", Exact = true });

    public async Task<CitizenListPage> OpenAsync(string step = "borgere")
    {
        await session.GotoAsync("/borgere");
        await ExpectLoadedAsync(step);
        return this;
    }

    public async Task ExpectLoadedAsync(string step)
    {
        await Expect(Page).ToHaveURLAsync(ListUrl());
        await Expect(Heading).ToHaveTextAsync("Borgere");
        await Expect(SearchField).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    public async Task SearchAsync(string text, string step = "soegning")
    {
        await SearchField.FillAsync(text);
        await SearchButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(SearchUrl());
        await Expect(SearchField).ToHaveValueAsync(text);
        await session.CheckPageAsync(step);
    }

    public async Task<CitizenOverviewPage> OpenCitizenAsync(string fullName, string step = "borger-overblik")
    {
        await NameLinks.GetByText(fullName, new() { Exact = true }).ClickAsync();
        var overview = new CitizenOverviewPage(session);
        await overview.ExpectLoadedAsync(fullName, step);
        return overview;
    }

    public async Task<CitizenFormPage> CreateAsync(string step = "opret-borger")
    {
        await CreateLink.ClickAsync();
        var form = new CitizenFormPage(session);
        await form.ExpectLoadedAsync(step);
        return form;
    }

    [GeneratedRegex(@"/borgere(\?.*)?$")]
    private static partial Regex ListUrl();

    [GeneratedRegex(@"/borgere\?.*\bq=")]
    private static partial Regex SearchUrl();
}
