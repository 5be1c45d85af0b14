using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests.PageObjects;

/// <summary>/borgere/{id}/dagbog: the timeline of both diaries, its count line and its "Ældre"/"Nyere"/"Til nyeste" links.</summary>
public sealed class DiaryTimelineScreen(BrowserSession session)
{
    private IPage Page => session.Page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Dagbog", Exact = true });
    public ILocator Count => Page.Locator("#antal");
    public ILocator CountHelp => Page.Locator("#antal-hjaelp");
    public ILocator CursorProblem => Page.Locator("#markoer-fejl");
    public ILocator Notes => Page.Locator("main article.app-note");
    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Bladr i dagbogen" });
    public ILocator Older => Navigation.GetByRole(AriaRole.Link, new() { Name = "Ældre notater" });
    public ILocator Newer => Navigation.GetByRole(AriaRole.Link, new() { Name = "Nyere notater" });
    public ILocator Newest => Navigation.GetByRole(AriaRole.Link, new() { Name = "Til nyeste" });

    public async Task<DiaryTimelineScreen> OpenAsync(Guid citizenId, string step)
    {
        await session.GotoAsync($"/borgere/{citizenId}/dagbog");
        await ExpectLoadedAsync(step);
        return this;
    }

    /// <summary>Waits for the heading and the count line, then runs the page checks (axe, screenshot).</summary>
    public async Task ExpectLoadedAsync(string step)
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Count).ToBeVisibleAsync();
        await session.CheckPageAsync(step);
    }

    /// <summary>The notes on the page, top to bottom, by the id their heading carries.</summary>
    public async Task<IReadOnlyList<string>> NoteIdsAsync() =>
        await Page.Locator("main article.app-note h3").EvaluateAllAsync<string[]>("hs => hs.map(h => h.id)");
}
