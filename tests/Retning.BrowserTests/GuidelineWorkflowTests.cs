using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The guideline register (standard 1.3 step 1; docs/domain.md, "Quality monitoring"): a care worker opens
/// Retningslinjer from the menu, reads Solsikken's local guideline in force and acknowledges it; the offer head, its
/// owner, follows the revision task on Mine opgaver to the guideline and sees who has read it.
/// </summary>
public sealed class GuidelineWorkflowTests(BrowserFixture fixture)
{
    private const string LocalTitle = "Lokal retningslinje for individuelle planer og status – Solsikken";

    [Theory]
    [InlineData(768, "mikkel@demo.retning.dk", "Mikkel Sønderby")]
    [InlineData(1280, "rasmus@demo.retning.dk", "Rasmus Friis")]
    public async Task A_care_worker_acknowledges_the_guideline_and_the_owner_sees_who_has_read_it(int width, string email, string fullName)
    {
        await using (var session = await fixture.NewSessionAsync(width: width, height: 1024))
        {
            var page = session.Page;
            var shell = await new LoginPage(session).SignInAsync(email, fullName);
            await shell.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Mine opgaver" }).ClickAsync();
            await session.CheckPageAsync("mine-opgaver");
            await shell.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Retningslinjer" }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync("Retningslinjer");
            var row = page.Locator("#retningslinjer tr", new() { HasText = LocalTitle });
            await Expect(row.Locator("td").Last).ToHaveTextAsync("Nej");
            await session.CheckPageAsync("register");

            await row.GetByRole(AriaRole.Link, new() { Name = LocalTitle }).ClickAsync();
            await Expect(shell.Heading).ToHaveTextAsync(LocalTitle);
            await Expect(page.Locator("#gaeldende")).ToContainTextAsync("Gældende version (version 1");
            await Expect(page.GetByText("Kontaktteamet udarbejder planen i ICS-skabelonen", new() { Exact = false })).ToBeVisibleAsync();
            await session.CheckPageAsync("retningslinje");

            await page.GetByRole(AriaRole.Button, new() { Name = "Jeg har læst og forstået" }).ClickAsync();
            await Expect(page.Locator("#kvittering")).ToContainTextAsync("Du har kvitteret for, at du har læst og forstået version 1");
            await session.CheckPageAsync("kvitteret");
            session.AssertEveryPageChecked();
        }

        await using (var leader = await fixture.NewSessionAsync(width: width, height: 1024))
        {
            var page = leader.Page;
            var shell = await new LoginPage(leader).SignInAsync("lars@demo.retning.dk", "Lars Bach");
            await shell.MainMenu.GetByRole(AriaRole.Link, new() { Name = "Mine opgaver" }).ClickAsync();
            var quality = page.Locator("section[aria-labelledby='kvalitetsarbejde']");
            await Expect(quality.GetByRole(AriaRole.Link, new() { Name = "Godkend udkast: " + LocalTitle + " (version 2)" })).ToBeVisibleAsync();
            await leader.CheckPageAsync("ejerens-opgaver");

            await quality.GetByRole(AriaRole.Link, new() { Name = "Revidér " + LocalTitle }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/retningslinjer/[0-9a-f-]{36}$"));
            var readers = page.Locator("section[aria-labelledby='laest-af']");
            await Expect(readers.Locator("tr", new() { HasText = fullName }).Locator("td").Last).Not.ToHaveTextAsync("Ikke læst");
            await Expect(readers.Locator("tr", new() { HasText = "Louise Krogh" }).Locator("td").Last).ToHaveTextAsync("Ikke læst");
            await leader.CheckPageAsync("hvem-har-laest");
            leader.AssertEveryPageChecked();
        }
    }
}
