using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The citizen's rights as a department head sees them: the access page with its download, the
/// retention page with a legal hold set, and the overview of discharged citizens — at desktop and
/// tablet width, axe-checked.
/// </summary>
public sealed class CitizenRightsTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task A_department_head_finds_the_access_package_and_sets_a_legal_hold(int width)
    {
        Guid citizenId;
        await using (var db = fixture.App.CreateSystemDbContext())
        {
            var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen);
            citizenId = citizen.Id;
            var sixYearsAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-6);
            await db.Citizens.Where(c => c.Id == citizenId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DischargedOn, sixYearsAgo), TestContext.Current.CancellationToken);
        }

        await using var session = await fixture.NewSessionAsync(width);
        var page = session.Page;
        await new LoginPage(session).SignInAsync("anne@demo.retning.dk", "Anne Thomsen");

        await session.GotoAsync($"/borgere/{citizenId}/indsigt");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hent indsigtspakken (ZIP)" })).ToBeVisibleAsync();
        await session.CheckPageAsync("indsigt");

        await session.GotoAsync($"/borgere/{citizenId}/sletning");
        await Expect(page.Locator(".app-retention-state")).ToHaveTextAsync("Slettes");
        await session.CheckPageAsync("sletning");

        await page.GetByLabel("Begrundelse for tilbageholdelse").FillAsync("Klage hos Ankestyrelsen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sæt tilbageholdelse" }).ClickAsync();
        await Expect(page.Locator(".app-legal-hold")).ToContainTextAsync("Klage hos Ankestyrelsen");
        await session.CheckPageAsync("tilbageholdt");

        await session.GotoAsync("/sletning");
        await Expect(page.Locator($"#borger-{citizenId}")).ToContainTextAsync("Tilbageholdt");
        await session.CheckPageAsync("oversigt");
        session.AssertEveryPageChecked();
    }
}
