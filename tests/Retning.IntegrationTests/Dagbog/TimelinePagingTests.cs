using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Pages.Borgere.Dagbog;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>
/// The timeline's "Ældre"/"Nyere" links (keyset paging from the note at the page's edge) and its
/// capped count: every note once, ties on the time included, filters kept, a bad cursor harmless.
/// </summary>
public sealed class TimelinePagingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static List<Guid> NoteIds(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("article.app-note h3").Select(h => Guid.ParseExact(h.Id!["note-".Length..], "N"))];

    private static string? Link(HtmlPage page, string id) => page.Document.GetElementById(id)?.GetAttribute("href");

    private static string Count(HtmlPage page) => page.Document.GetElementById("antal")!.TextContent.Trim();

    [Fact]
    public async Task Older_then_newer_walks_every_note_once_even_when_notes_share_their_time()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren handler ind");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren skriver indkøbsseddel", goal.Id);
        // 30 notes written in the same instant about the same moment (equal ObservedAtUtc and CreatedUtc), 30 on other days.
        for (var i = 0; i < 30; i++)
        {
            await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id, daysAgo: 2, text: $"Samme tid {i}");
        }

        for (var day = 3; day < 33; day++)
        {
            await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id, daysAgo: day, text: $"Dag {day}");
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var pages = new List<HtmlPage> { (await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog")).AssertStatus(HttpStatusCode.OK) };
        Assert.Null(Link(pages[0], "nyere"));
        Assert.Null(Link(pages[0], "til-nyeste"));
        while (Link(pages[^1], "aeldre") is { } older)
        {
            Assert.Contains("markoer=", older, StringComparison.Ordinal);
            pages.Add((await mette.GetPageAsync(older)).AssertStatus(HttpStatusCode.OK));
        }

        Assert.Equal([25, 25, 10], pages.Select(p => NoteIds(p).Count));
        var all = pages.SelectMany(NoteIds).ToList();
        Assert.Equal(60, all.Distinct().Count());
        Assert.Equal("Viser 1–25 af 60 notater, nyeste først.", Count(pages[0]));
        Assert.Equal("Viser 26–50 af 60 notater, nyeste først.", Count(pages[1]));
        Assert.Equal("Viser 51–60 af 60 notater, nyeste først.", Count(pages[2]));
        Assert.Contains("Dag 32", pages[2].Document.QuerySelectorAll("article.app-note")[^1].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/borgere/{citizen.Id}/dagbog", Link(pages[2], "til-nyeste"));

        // Back again: "Nyere" gives the same pages; from the second page it lands on the first.
        var back = (await mette.GetPageAsync(Link(pages[2], "nyere")!)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(NoteIds(pages[1]), NoteIds(back));
        var top = (await mette.GetPageAsync(Link(back, "nyere")!)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(NoteIds(pages[0]), NoteIds(top));
        Assert.Null(Link(top, "nyere"));
    }

    [Fact]
    public async Task The_filters_stay_on_the_cursor_links()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren passer sin cykel");
        var tyres = await App.AddGoalAsync(citizen.Id, "At borgeren pumper dækkene", goal.Id);
        var chain = await App.AddGoalAsync(citizen.Id, "At borgeren smører kæden", goal.Id);
        for (var day = 1; day <= 30; day++)
        {
            await App.AddDiaryNoteAsync(citizen.Id, tyres.Id, daysAgo: day, text: $"Dæk {day}");
            await App.AddDiaryNoteAsync(citizen.Id, chain.Id, daysAgo: day, text: $"Kæde {day}");
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var from = App.Today.AddDays(-28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var first = (await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog?delmaal={tyres.Id}&fra={from}&q=d%C3%A6k")).AssertStatus(HttpStatusCode.OK);
        var older = Link(first, "aeldre")!;
        Assert.Contains($"delmaal={tyres.Id}", older, StringComparison.Ordinal);
        Assert.Contains($"fra={from}", older, StringComparison.Ordinal);
        Assert.Contains("q=d%C3%A6k", older, StringComparison.Ordinal);
        var second = (await mette.GetPageAsync(older)).AssertStatus(HttpStatusCode.OK);
        var texts = second.Document.QuerySelectorAll("article.app-note .app-note-text").Select(p => p.TextContent.Trim()).ToList();

        Assert.Equal(["Dæk 26", "Dæk 27", "Dæk 28"], texts);
        Assert.Equal("Viser 26–28 af 28 notater, nyeste først.", Count(second));
        Assert.Null(Link(second, "aeldre"));
        Assert.Contains($"delmaal={tyres.Id}", Link(second, "nyere")!, StringComparison.Ordinal);
        Assert.Equal($"/borgere/{citizen.Id}/dagbog?delmaal={tyres.Id}&fra={from}&q=d%C3%A6k", Link(second, "til-nyeste"));
    }

    [Fact]
    public async Task A_cursor_the_page_did_not_write_shows_the_newest_notes_with_a_notice()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren vander blomster");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren fylder vandkanden", goal.Id);
        await App.AddManyNotesAsync(citizen.Id, subGoal.Id, 30);
        var elsewhere = await App.NthCitizenAsync(DemoUsers.Maagen, 3);
        var otherGoal = await App.AddGoalAsync(elsewhere.Id, "At borgeren går i seng til tiden");
        var otherNote = await App.AddDiaryNoteAsync(elsewhere.Id, (await App.AddGoalAsync(elsewhere.Id, "At borgeren slukker lyset", otherGoal.Id)).Id);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{citizen.Id}/dagbog";

        foreach (var token in new[] { "garbage", "AAAA", new string('x', 200), "%00%FF", new DiaryCursor(DiaryDirection.Older, otherNote).Token(),
                     new DiaryCursor(DiaryDirection.Newer, Guid.NewGuid()).Token(), "Aw" + new DiaryCursor(DiaryDirection.Older, otherNote).Token()[2..] })
        {
            var page = (await mette.GetPageAsync($"{url}?markoer={Uri.EscapeDataString(token)}")).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Her er de nyeste notater.", page.Document.GetElementById("markoer-fejl")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Viser 1–25 af 30 notater, nyeste først.", Count(page));
        }

        // The page-number address of before is gone: it shows the newest notes.
        var old = (await mette.GetPageAsync($"{url}?side=2")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Viser 1–25 af 30 notater, nyeste først.", Count(old));
    }

    [Fact]
    public async Task Over_a_thousand_notes_are_counted_as_over_1000_and_a_thousand_exactly()
    {
        var many = await App.NthCitizenAsync(DemoUsers.Maagen, 4);
        var goal = await App.AddGoalAsync(many.Id, "At borgeren laver morgenmad");
        var subGoal = await App.AddGoalAsync(many.Id, "At borgeren rister brød", goal.Id);
        await App.AddManyNotesAsync(many.Id, subGoal.Id, 1001);
        var thousand = await App.NthCitizenAsync(DemoUsers.Maagen, 5);
        var goal2 = await App.AddGoalAsync(thousand.Id, "At borgeren laver frokost");
        var subGoal2 = await App.AddGoalAsync(thousand.Id, "At borgeren smører madpakke", goal2.Id);
        await App.AddManyNotesAsync(thousand.Id, subGoal2.Id, 1000);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var over = (await mette.GetPageAsync($"/borgere/{many.Id}/dagbog")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Viser 1–25 af over 1.000 notater, nyeste først.", Count(over));
        Assert.Contains("over 1.000", over.Document.GetElementById("antal-hjaelp")!.TextContent, StringComparison.Ordinal);
        var exact = (await mette.GetPageAsync($"/borgere/{thousand.Id}/dagbog")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Viser 1–25 af 1.000 notater, nyeste først.", Count(exact));
        Assert.Null(exact.Document.GetElementById("antal-hjaelp")); // exact counts need no word on the cap

        var subGoalPage = (await mette.GetPageAsync($"/borgere/{many.Id}/delmaal/{subGoal.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("De 20 nyeste af over 1.000 notater.", subGoalPage.Document.GetElementById("delmaal-antal")!.TextContent.Trim());
        var items = subGoalPage.Document.QuerySelectorAll(".app-figures-notes li").Select(li => li.TextContent).ToList();
        Assert.Equal(20, items.Count);
        Assert.Contains("Notat nr. 1001", items[0], StringComparison.Ordinal);
        Assert.Contains("Notat nr. 982", items[19], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_one_and_the_sub_goals_newest_read_the_keyset_indexes_without_sorting_all_notes()
    {
        if (TestDatabase.UsePostgres)
        {
            return; // EXPLAIN QUERY PLAN is SQLite's; the PostgreSQL plan is checked by hand (docs/adr/0006-diary-notes-and-versions.md).
        }

        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 6);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren tager bussen");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren køber billet", goal.Id);
        await App.AddManyNotesAsync(citizen.Id, subGoal.Id, 300);
        var options = App.Services.GetRequiredService<DbContextOptions<AppDbContext>>();
        // Scoped as a care worker in the department, so the plan includes the scoping filter's EXISTS.
        await using var db = new AppDbContext(options, new FixedCitizenScope(false, citizen.DepartmentId), App.Clock);
        var none = new DiaryFilter(null, null, null, null, null, null, null, null, null);
        var notes = DiaryTimeline.ForCitizen(db, citizen.Id, none);

        var page = await PlanAsync(db, DiaryTimeline.NewestFirst(notes).Take(IndexModel.PageSize + 1));
        Assert.Contains("IX_DiaryEntries_Timeline", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", page, StringComparison.Ordinal);
        var count = await PlanAsync(db, DiaryTimeline.NewestFirst(notes).Take(DiaryCountLabel.CountLimit).Select(e => 1));
        Assert.Contains("IX_DiaryEntries_Timeline", count, StringComparison.Ordinal);
        var key = new NoteKey(App.Clock.GetUtcNow().UtcDateTime.AddDays(-3), App.Clock.GetUtcNow().UtcDateTime, Guid.NewGuid());
        var older = await PlanAsync(db, DiaryTimeline.NewestFirst(DiaryTimeline.OlderThan(notes, key)).Take(IndexModel.PageSize + 1));
        Assert.Contains("IX_DiaryEntries_Timeline", older, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", older, StringComparison.Ordinal);
        var subGoalNewest = await PlanAsync(db, Web.Services.Diary.DiaryFigures.SubGoalNewestFirst(db, citizen.Id, subGoal.Id).Take(20));
        Assert.Contains("IX_DiaryEntries_SubGoalTimeline", subGoalNewest, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", subGoalNewest, StringComparison.Ordinal);
        var onSubGoal = new DiaryFilter(subGoal.Id, null, null, null, null, null, null, null, null);
        var filtered = await PlanAsync(db, DiaryTimeline.NewestFirst(DiaryTimeline.ForCitizen(db, citizen.Id, onSubGoal)).Take(IndexModel.PageSize + 1));
        Assert.Contains("IX_DiaryEntries_SubGoalTimeline", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", filtered, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for the query EF sends, with its parameters.</summary>
    private static async Task<string> PlanAsync<T>(AppDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }

            return string.Join("\n", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
