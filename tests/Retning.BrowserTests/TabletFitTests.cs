using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// On a 768 px tablet no table is wider than the screen on Borgere, Mål and
/// Svarprocent (the tables turn into cards, table-responsive-cards), the row's action stays on
/// screen, tap targets are at least 44 px, and a care worker writes a note from the citizen overview.
/// Measured in the browser: the page's scrollWidth and every table's bounding box against the viewport.
/// </summary>
public sealed class TabletFitTests(BrowserFixture fixture)
{
    private const string Anne = "anne@demo.retning.dk";
    private const string Mette = "mette@demo.retning.dk";

    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task No_table_is_wider_than_the_screen_on_Borgere_Maal_and_Svarprocent(int width)
    {
        var (citizen, _) = await CitizenWithDailySubGoalAsync($"At barnet tømmer sin skoletaske ({width} px)");
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Anne, "Anne Thomsen");

        await session.GotoAsync("/borgere");
        await Expect(page.Locator("#borgerliste tbody tr").First).ToBeVisibleAsync();
        await session.CheckPageAsync("borgere");
        await ExpectNothingWiderThanTheScreenAsync(page, "Borgere");
        // The action column: every row's "Skriv notat" is on screen, and big enough for a finger.
        var quickNotes = page.Locator("#borgerliste a.app-quick-note");
        Assert.True(await quickNotes.CountAsync() > 0, "Anne leads Mågen: the rows have Skriv notat.");
        foreach (var box in await BoxesAsync(quickNotes))
        {
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"Skriv notat runs off a {width} px screen: {box.X}–{box.X + box.Width}.");
            Assert.True(box.Height >= 44, $"Skriv notat is {box.Height} px high; a tap target needs 44.");
        }

        await session.GotoAsync($"/borgere/{citizen.Id}/maal");
        await Expect(page.Locator("table.app-subgoal-table").First).ToBeVisibleAsync();
        await session.CheckPageAsync("maal");
        await ExpectNothingWiderThanTheScreenAsync(page, "Mål");
        foreach (var box in await BoxesAsync(page.Locator("table.app-subgoal-table a.app-tap-link")))
        {
            Assert.True(box.Height >= 44, $"A sub-goal link is {box.Height} px high; a tap target needs 44.");
        }

        await session.GotoAsync("/ledelsesinformation/svarprocent");
        await Expect(page.Locator("#pr-borger-tabel")).ToBeVisibleAsync();
        await session.CheckPageAsync("svarprocent");
        await ExpectNothingWiderThanTheScreenAsync(page, "Svarprocent");
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Care_worker_on_a_tablet_writes_a_note_from_the_citizen_overview()
    {
        var (citizen, _) = await CitizenWithDailySubGoalAsync("At barnet hænger sin jakke på knagen");
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
        var overview = await new CitizenOverviewPage(session).OpenAsync(citizen.Id, citizen.FullName);
        await ExpectNothingWiderThanTheScreenAsync(page, "borgerens overblik");

        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv notat", Exact = true }).ClickAsync();
        var form = new DiaryNotePage(session);
        await form.ExpectLoadedAsync("notat-fra-overblik");
        await ExpectNothingWiderThanTheScreenAsync(page, "notatformularen");

        // The text areas use the form's width, not DKFDS's default input width.
        var formWidth = (await page.Locator("form.app-diary-form").BoundingBoxAsync())!.Width;
        var textWidth = (await form.WhatWasDone.BoundingBoxAsync())!.Width;
        Assert.True(textWidth >= formWidth - 1, $"'Hvad blev gjort' is {textWidth} px in a {formWidth} px form.");
        // Every radio button's label (the part a finger taps) is at least 44 px high.
        foreach (var box in await BoxesAsync(page.Locator("#score-groups .form-radio + label:visible")))
        {
            Assert.True(box.Height >= 44, $"A score's tap target is {box.Height} px high; it needs 44.");
        }

        await form.Score("Let").CheckAsync();
        await form.WhatWasDone.FillAsync("Jakken kom selv på knagen efter skole; én påmindelse.");
        await form.SaveButton.ClickAsync();

        await overview.ExpectLoadedAsync(citizen.FullName, "overblik-efter-notat");
        await Expect(overview.SuccessMessage).ToContainTextAsync("Notatet er gemt.");
        await Expect(page.Locator(".app-latest-notes")).ToContainTextAsync("Jakken kom selv på knagen");
        session.AssertEveryPageChecked();
    }

    /// <summary>A new Mågen child (Camilla's, not Mette's) with a plan and a daily sub-goal begun a week ago.</summary>
    private async Task<(DemoCitizen Citizen, Guid SubGoalId)> CitizenWithDailySubGoalAsync(string subGoalText)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var entity = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, "camilla@demo.retning.dk");
        await db.Entry(entity).Reference(c => c.Department).LoadAsync();
        var plan = await TestPlans.DailySubGoalAsync(db, entity, "At barnet holder styr på sit tøj", subGoalText, startedDaysAgo: 7);
        return (new DemoCitizen(entity.Id, entity.FirstName, entity.LastName, entity.CprDigits), plan.SubGoalId);
    }

    private static async Task<IReadOnlyList<LocatorBoundingBoxResult>> BoxesAsync(ILocator locator)
    {
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var item in await locator.AllAsync())
        {
            boxes.Add((await item.BoundingBoxAsync())!);
        }

        return boxes;
    }

    /// <summary>The page does not scroll sideways, and no table (nor its scroll box) reaches past the viewport.</summary>
    private static async Task ExpectNothingWiderThanTheScreenAsync(IPage page, string where)
    {
        var m = await page.EvaluateAsync<Measure>(
            """
            () => ({
              scrollWidth: document.documentElement.scrollWidth,
              viewport: window.innerWidth,
              tables: [...document.querySelectorAll('main table')].map(t => {
                const r = t.getBoundingClientRect();
                return { id: t.id || t.querySelector('caption')?.textContent?.trim() || '', left: r.left, right: r.right, width: r.width };
              })
            })
            """);
        Assert.True(m.ScrollWidth <= m.Viewport, $"{where}: the page is {m.ScrollWidth} px wide in a {m.Viewport} px window.");
        foreach (var t in m.Tables)
        {
            Assert.True(t.Left >= 0 && t.Right <= m.Viewport && t.Width <= m.Viewport,
                $"{where}: the table '{t.Id}' spans {t.Left:0}–{t.Right:0} px ({t.Width:0} px) in a {m.Viewport} px window.");
        }
    }

    // Playwright fills these from the script's result, so they need setters.
    private sealed class Measure
    {
        public int ScrollWidth { get; set; }
        public int Viewport { get; set; }
        public TableBox[] Tables { get; set; } = [];
    }

    private sealed class TableBox
    {
        public string Id { get; set; } = string.Empty;
        public double Left { get; set; }
        public double Right { get; set; }
        public double Width { get; set; }
    }
}
