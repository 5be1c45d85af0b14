using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// A care worker leafs back through a long diary and returns (the timeline's keyset links,
/// docs/adr/0006-diary-notes-and-versions.md): "Ældre" shows notes not seen before, "Nyere" gives the
/// same page again, "Til nyeste" the first; the links are big enough for a finger and reachable by Tab.
/// </summary>
public sealed class DiaryTimelineNavigationTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";

    /// <summary>60 notes, one a day: pages of 25, 25 and 10.</summary>
    private const int NoteCount = 60;

    [Theory]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Care_worker_pages_to_older_notes_and_back_to_the_newest(int width)
    {
        var citizenId = await ChildWithDailyNotesAsync($"At barnet lægger sit vasketøj i kurven ({width} px)");
        await using var session = await fixture.NewSessionAsync(width: width, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");

        // Page 1: the newest 25; nothing newer, so only "Ældre". The count is exact, so no word on capping.
        var timeline = await new DiaryTimelineScreen(session).OpenAsync(citizenId, "side-1");
        await Expect(timeline.Count).ToHaveTextAsync("Viser 1–25 af 60 notater, nyeste først.");
        await Expect(timeline.CountHelp).ToHaveCountAsync(0);
        await Expect(timeline.Newer).ToHaveCountAsync(0);
        await Expect(timeline.Newest).ToHaveCountAsync(0);
        var first = await timeline.NoteIdsAsync();
        Assert.Equal(25, first.Count);

        // "Ældre": the next 25, older, none of them seen on page 1.
        await timeline.Older.ClickAsync();
        await Expect(timeline.Count).ToHaveTextAsync("Viser 26–50 af 60 notater, nyeste først.");
        await timeline.ExpectLoadedAsync("side-2");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/dagbog\?markoer="));
        await Expect(timeline.Notes.First.Locator(".app-note-text")).ToHaveTextAsync("Lagde tøj i kurven, dag 26");
        var second = await timeline.NoteIdsAsync();
        Assert.Equal(25, second.Count);
        Assert.Empty(second.Intersect(first));
        await ExpectTapTargetsAsync(timeline, width);

        // By keyboard: from the last note Tab reaches "Til nyeste", "Nyere" and "Ældre" in that order, and Enter follows.
        await page.Locator("main article.app-note h3 a").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(timeline.Newest).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(timeline.Newer).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(timeline.Older).ToBeFocusedAsync();
        await ExpectVisibleFocusAsync(timeline.Older);
        await page.Keyboard.PressAsync("Enter");
        await Expect(timeline.Count).ToHaveTextAsync("Viser 51–60 af 60 notater, nyeste først.");
        await timeline.ExpectLoadedAsync("side-3");
        var third = await timeline.NoteIdsAsync();
        Assert.Equal(NoteCount - 50, third.Count);
        Assert.Empty(third.Intersect(first.Concat(second)));
        await Expect(timeline.Notes.Last.Locator(".app-note-text")).ToHaveTextAsync($"Lagde tøj i kurven, dag {NoteCount}");
        await Expect(timeline.Older).ToHaveCountAsync(0);

        // "Nyere" gives page 2 again, the same notes.
        await timeline.Newer.ClickAsync();
        await Expect(timeline.Count).ToHaveTextAsync("Viser 26–50 af 60 notater, nyeste først.");
        await timeline.ExpectLoadedAsync("side-2-igen");
        Assert.Equal(second, await timeline.NoteIdsAsync());

        // "Til nyeste": page 1, at the timeline's own address.
        await timeline.Newest.ClickAsync();
        await Expect(page).ToHaveURLAsync(session.Url($"/borgere/{citizenId}/dagbog"));
        await Expect(timeline.Count).ToHaveTextAsync("Viser 1–25 af 60 notater, nyeste først.");
        await timeline.ExpectLoadedAsync("side-1-igen");
        Assert.Equal(first, await timeline.NoteIdsAsync());
        await Expect(timeline.CursorProblem).ToHaveCountAsync(0);
        session.AssertEveryPageChecked();
    }

    /// <summary>Every paging link is on screen and, on a tablet, at least 44 px high (a finger's tap).</summary>
    private static async Task ExpectTapTargetsAsync(DiaryTimelineScreen timeline, int width)
    {
        foreach (var link in new[] { timeline.Newest, timeline.Newer, timeline.Older })
        {
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"A paging link runs off a {width} px screen: {box.X}–{box.X + box.Width}.");
            Assert.True(box.Height >= 44, $"A paging link is {box.Height} px high; a tap target needs 44.");
        }
    }

    /// <summary>A keyboard user must see where focus is: an outline or a box shadow on the focused element.</summary>
    private static async Task ExpectVisibleFocusAsync(ILocator element)
    {
        var style = await element.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }");
        var visible = (style[0] != "none" && style[1] != "0px") || style[2] != "none";
        Assert.True(visible, $"The focused link has no visible focus indicator (outline {style[0]} {style[1]}, box-shadow {style[2]}).");
    }

    /// <summary>A new Mågen child in Mette's contact team with a daily sub-goal and one scored note a day for <see cref="NoteCount"/> days.</summary>
    private async Task<Guid> ChildWithDailyNotesAsync(string subGoalText)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var mette = await db.Users.Where(u => u.Email == Mette).Select(u => u.Id).SingleAsync();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
        var plan = await TestPlans.DailySubGoalAsync(db, citizen, "At barnet holder orden på sit værelse", subGoalText, startedDaysAgo: NoteCount + 10);
        TestPlans.AddScoredNotes(db, citizen.Id, plan, Enumerable.Range(1, NoteCount).Select(day => (day, day % 2 == 0 ? 2 : 3)), "Lagde tøj i kurven", mette, "Mette Kjær");
        await db.SaveChangesAsync();
        return citizen.Id;
    }
}
