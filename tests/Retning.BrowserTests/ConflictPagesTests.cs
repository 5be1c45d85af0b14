using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// Two leaders saving the representatives form and the contact-team form at once: the second sees
/// the stored version beside what he typed (docs/adr/0004-concurrency-token.md). Anne at 1280 px, Lars at 768 px.
/// </summary>
public sealed class ConflictPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_second_leader_sees_the_conflict_on_the_representatives_and_contact_team_forms()
    {
        Guid citizenId;
        await using (var db = fixture.App.CreateSystemDbContext())
        {
            citizenId = (await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk")).Id;
        }

        await using var anne = await fixture.NewSessionAsync();
        await using var lars = await fixture.NewSessionAsync(width: 768, height: 1024);
        await new LoginPage(anne).SignInAsync("anne@demo.retning.dk", "Anne Thomsen");
        await new LoginPage(lars).SignInAsync("lars@demo.retning.dk", "Lars Bach");

        // Anne adds a relative; both open it for editing.
        await anne.GotoAsync($"/borgere/{citizenId}/repraesentanter");
        await anne.CheckPageAsync("repraesentanter-tom");
        await anne.Page.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Pårørende" });
        await anne.Page.GetByLabel("Navn").FillAsync("Birthe Bøgh");
        await anne.Page.GetByLabel("Telefon").FillAsync("11 22 33 44");
        await anne.Page.GetByRole(AriaRole.Button, new() { Name = "Tilføj" }).ClickAsync();
        await Expect(anne.Page.GetByRole(AriaRole.Cell, new() { Name = "Birthe Bøgh", Exact = true })).ToBeVisibleAsync();
        await anne.CheckPageAsync("repraesentanter");
        var edit = anne.Page.GetByRole(AriaRole.Link, new() { Name = "Rediger Birthe Bøgh" });
        var editHref = await edit.GetAttributeAsync("href");
        await edit.ClickAsync();
        await Expect(anne.Page.GetByLabel("Telefon")).ToHaveValueAsync("11 22 33 44");
        await anne.CheckPageAsync("repraesentant-rediger");
        await lars.GotoAsync($"/borgere/{citizenId}/repraesentanter{editHref}");
        await Expect(lars.Page.GetByLabel("Telefon")).ToHaveValueAsync("11 22 33 44");
        await lars.CheckPageAsync("repraesentant-rediger");

        await anne.Page.GetByLabel("Telefon").FillAsync("55 66 77 88");
        await anne.Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
        await Expect(anne.Page.GetByRole(AriaRole.Cell, new() { Name = "55 66 77 88", Exact = true })).ToBeVisibleAsync();
        await anne.CheckPageAsync("repraesentant-gemt");
        await lars.Page.GetByLabel("Relation").FillAsync("moster");
        await lars.Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
        await Expect(lars.Page.GetByRole(AriaRole.Heading, new() { Name = "Den gemte version" })).ToBeVisibleAsync();
        await Expect(lars.Page.GetByLabel("Relation")).ToHaveValueAsync("moster");
        await lars.CheckPageAsync("repraesentant-konflikt");

        // The contact team: both open the form; Anne puts herself in, Lars (from the same opened form) takes Mette out.
        await anne.GotoAsync($"/borgere/{citizenId}/kontaktteam");
        await anne.CheckPageAsync("kontaktteam");
        await lars.GotoAsync($"/borgere/{citizenId}/kontaktteam");
        await lars.CheckPageAsync("kontaktteam");
        await anne.Page.GetByLabel("Anne Thomsen").CheckAsync();
        await anne.Page.GetByRole(AriaRole.Button, new() { Name = "Gem kontaktteam" }).ClickAsync();
        await Expect(anne.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await anne.CheckPageAsync("kontaktteam-gemt");
        await lars.Page.GetByLabel("Mette Kjær").UncheckAsync();
        await lars.Page.GetByRole(AriaRole.Button, new() { Name = "Gem kontaktteam" }).ClickAsync();
        await Expect(lars.Page.GetByRole(AriaRole.Heading, new() { Name = "Det gemte kontaktteam" })).ToBeVisibleAsync();
        await lars.CheckPageAsync("kontaktteam-konflikt");

        anne.AssertEveryPageChecked();
        lars.AssertEveryPageChecked();
    }
}
