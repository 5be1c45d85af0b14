using System.Globalization;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// An administrator adds a purpose category to the region's list, and a contact-team member
/// registers a purpose with it (docs/domain.md, "Purposes"), on a desktop and at tablet width.
/// </summary>
public sealed class PurposeCategoryTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task An_administrator_adds_a_category_and_a_care_worker_registers_a_purpose_with_it(int width)
    {
        var category = $"Bolig og hjem {width}";
        Guid citizenId;
        await using (var db = fixture.App.CreateSystemDbContext())
        {
            citizenId = (await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "mette@demo.retning.dk")).Id;
        }

        await using (var admin = await fixture.NewSessionAsync(width))
        {
            var page = admin.Page;
            await new LoginPage(admin).SignInAsync("admin@demo.retning.dk", "Henrik Sørensen");
            await admin.GotoAsync("/admin/formaalskategorier");
            await Expect(page.Locator("#kategori-tabel")).ToContainTextAsync("Egenomsorg");
            await admin.CheckPageAsync("formaalskategorier");
            await page.Locator("#NewCategory_Name").FillAsync(category);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj kategori" }).ClickAsync();
            await Expect(page.Locator("#kategori-tabel tbody tr").Last).ToContainTextAsync(category);
            await admin.CheckPageAsync("kategori-tilfoejet");
            admin.AssertEveryPageChecked();
        }

        await using var session = await fixture.NewSessionAsync(width);
        var mette = session.Page;
        await new LoginPage(session).SignInAsync("mette@demo.retning.dk", "Mette Kjær");
        await session.GotoAsync($"/borgere/{citizenId}/formaal");
        await Expect(mette.GetByText("Formål mangler")).ToBeVisibleAsync();
        await session.CheckPageAsync("formaal-mangler");
        await mette.Locator("#Input_Title").FillAsync("Eget hjem");
        await mette.Locator("#Input_Text").FillAsync("At barnet føler sig hjemme og tager del i husets gøremål.");
        await mette.Locator("#Input_ReceivedOn").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await mette.Locator("#Input_Source").SelectOptionAsync("ActionPlan140");

        // Without a category the form says so at the field and keeps what was typed.
        await mette.GetByRole(AriaRole.Button, new() { Name = "Tilføj formål" }).ClickAsync();
        await Expect(mette.Locator(".alert-error")).ToContainTextAsync("Vælg formålets kategori");
        await Expect(mette.Locator("#Input_Title")).ToHaveValueAsync("Eget hjem");
        await session.CheckPageAsync("formaal-uden-kategori");

        await mette.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = category });
        await mette.GetByRole(AriaRole.Button, new() { Name = "Tilføj formål" }).ClickAsync();
        await Expect(mette.GetByRole(AriaRole.Heading, new() { Name = "Eget hjem" })).ToBeVisibleAsync();
        await Expect(mette.Locator(".app-purpose-category")).ToHaveTextAsync(category);
        await session.CheckPageAsync("formaal-med-kategori");
        session.AssertEveryPageChecked();
    }
}
