using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/borgere/{id}: the citizen's header (name, facts) and overview cards.</summary>
public sealed partial class CitizenOverviewPage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Facts => Page.GetByRole(AriaRole.List, new() { Name = "Om borgeren" });
    public ILocator CprFact => Facts.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "CPR:" });
    public ILocator SuccessMessage => Page.Locator("main .alert-success");

    public async Task<CitizenOverviewPage> OpenAsync(Guid id, string fullName, string step = "borger-overblik")
    {
        await session.GotoAsync($"/borgere/{id}");
        await ExpectLoadedAsync(fullName, step);
        return this;
    }

    public async Task ExpectLoadedAsync(string fullName, string step)
    {
        await Expect(Page).ToHaveURLAsync(OverviewUrl());
        await Expect(Heading).ToHaveTextAsync(fullName);
        await Expect(Facts).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    /// <summary>The id in the address of the page.</summary>
    public Guid CitizenId => Guid.Parse(OverviewUrl().Match(Page.Url).Groups["id"].Value);

    [GeneratedRegex(@"/borgere/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex OverviewUrl();
}
