using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/borgere/{id}/dagbog/ny: the sub-goal note with a score.</summary>
public sealed class DiaryNotePage(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Nyt delmålsnotat" });
    public ILocator WhatWasDone => Page.GetByLabel("Hvad blev gjort");
    public ILocator Effect => Page.GetByLabel("Hvilken effekt havde det");
    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "Gem notat" });
    public ILocator DraftRestored => Page.GetByText("Din kladde fra tidligere er hentet frem igen.");

    public ILocator Score(string label) => Page.GetByRole(AriaRole.Radio, new() { Name = label });

    public ILocator FieldError(string field) => Page.Locator($".form-group:has([name='Input.{field}']) .form-error-message");

    public async Task ExpectLoadedAsync(string step)
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(WhatWasDone).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }
}
