using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Pages.Borgere.Dagbog;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>/borgere/{id}/dagbog: one timeline of both diaries, filtered, searched and paged; scoped and audited.</summary>
public sealed class TimelineTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static List<string> Headings(HtmlPage page) => [.. page.Document.QuerySelectorAll("article.app-note h3").Select(h => h.TextContent.Trim())];

    [Fact]
    public async Task Every_filter_narrows_the_timeline_and_the_search_ignores_case()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren går tur hver dag");
        var walk = await App.AddGoalAsync(citizen.Id, "At borgeren tager skoene på selv", goal.Id);
        var other = await App.AddGoalAsync(citizen.Id, "At borgeren lukker døren efter sig", goal.Id, g => g.ThemeKey = "skole");
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        await App.AddDiaryNoteAsync(citizen.Id, walk.Id, daysAgo: 1, text: "Skoene på uden hjælp i dag", authorId: metteId, authorName: "Mette Kjær");
        await App.AddDiaryNoteAsync(citizen.Id, walk.Id, daysAgo: 10, text: "Madpakke og sko");
        await App.AddDiaryNoteAsync(citizen.Id, other.Id, daysAgo: 3, text: "Døren lukket to gange");
        var (context, type, _) = await App.CategoriesAsync(citizen.Id);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await WriteResidentNoteAsync(anne, citizen.Id, context, type, "Besøg af MOR og bror");

        var url = $"/borgere/{citizen.Id}/dagbog";
        Assert.Equal(4, Headings(await anne.GetPageAsync(url)).Count);
        Assert.Equal(2, Headings(await anne.GetPageAsync($"{url}?delmaal={walk.Id}")).Count);
        Assert.Equal(3, Headings(await anne.GetPageAsync($"{url}?slags=delmaal")).Count);
        Assert.Single(Headings(await anne.GetPageAsync($"{url}?slags=beboer")));
        Assert.Single(Headings(await anne.GetPageAsync($"{url}?kontekst={context}")));
        Assert.Single(Headings(await anne.GetPageAsync($"{url}?type={type}")));
        Assert.Single(Headings(await anne.GetPageAsync($"{url}?tema=skole")));
        Assert.Single(Headings(await anne.GetPageAsync($"{url}?forfatter={metteId}")));
        Assert.Equal(2, Headings(await anne.GetPageAsync($"{url}?fra={App.Today.AddDays(-3):yyyy-MM-dd}&til={App.Today.AddDays(-1):yyyy-MM-dd}")).Count);
        var search = await anne.GetPageAsync($"{url}?q=mor");
        Assert.Contains("Besøg af MOR og bror", Assert.Single(search.Document.QuerySelectorAll("article.app-note")).TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Headings(await anne.GetPageAsync($"{url}?q=SKO")).Count);
        Assert.Contains("Ingen notater matcher filtrene.", (await anne.GetPageAsync($"{url}?q=findes-ikke")).MainText, StringComparison.Ordinal);

        // Newest first: the resident note written now, then the sub-goal notes of 1, 3 and 10 days ago.
        var all = (await anne.GetPageAsync(url)).Document.QuerySelectorAll("article.app-note").Select(a => a.TextContent).ToList();
        Assert.Contains("Besøg af MOR", all[0], StringComparison.Ordinal);
        Assert.Contains("Skoene på", all[1], StringComparison.Ordinal);
        Assert.Contains("Døren lukket", all[2], StringComparison.Ordinal);
        Assert.Contains("Madpakke og sko", all[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_thousand_notes_on_one_citizen_page_by_25_newest_first()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren spiser morgenmad");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren hælder selv mælk op", goal.Id);
        await App.AddManyNotesAsync(citizen.Id, subGoal.Id, 5000);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var first = (await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Viser 1–25 af over 1.000 notater", first.MainText, StringComparison.Ordinal);
        var notes = first.Document.QuerySelectorAll("article.app-note").Select(a => a.TextContent).ToList();
        Assert.Equal(25, notes.Count);
        Assert.Contains("Notat nr. 5000", notes[0], StringComparison.Ordinal);
        Assert.Contains("Notat nr. 4976", notes[24], StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, citizen.Id, "Dagbog: tidslinje vist"), (row.Action, row.CitizenId, row.Subject));

        var second = await mette.GetPageAsync(first.Document.GetElementById("aeldre")!.GetAttribute("href")!);
        Assert.Contains("Viser 26–50 af over 1.000 notater", second.MainText, StringComparison.Ordinal);
        Assert.Contains("Notat nr. 4975", second.Document.QuerySelector("article.app-note")!.TextContent, StringComparison.Ordinal);

        // The last page: older than note nr. 26 (the address an "Ældre" link from the page before it carries).
        string lastToken;
        await using (var db = App.CreateSystemDbContext())
        {
            var note26 = await db.DiaryEntries.Where(e => e.CitizenId == citizen.Id && e.Text == "Notat nr. 26").Select(e => e.Id).SingleAsync();
            lastToken = new DiaryCursor(DiaryDirection.Older, note26).Token();
        }

        var last = await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog?markoer={lastToken}");
        Assert.Contains("Viser 25 notater ældre end de 1.000 nyeste – af over 1.000 notater", last.MainText, StringComparison.Ordinal);
        Assert.Null(last.Document.GetElementById("aeldre"));
        var lastNotes = last.Document.QuerySelectorAll("article.app-note");
        Assert.Matches(@"Notat nr\. 1\s*$", lastNotes[lastNotes.Length - 1].TextContent);
        var filtered = await mette.GetPageAsync($"/borgere/{citizen.Id}/dagbog?q=nr.%204999");
        Assert.Single(filtered.Document.QuerySelectorAll("article.app-note"));
    }

    [Fact]
    public async Task Another_department_gets_404_on_the_timeline_and_the_note_and_the_denial_is_audited()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren rydder op");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren lægger tøjet i kurven", goal.Id);
        var entryId = await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var before = await App.LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/dagbog")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/dagbog/{entryId}")).StatusCode);
        Assert.All(await App.AuditEntriesSinceAsync(before), r => Assert.Equal(AuditAction.Denied, r.Action));
        Assert.Equal(2, (await App.AuditEntriesSinceAsync(before)).Count);
    }

    [Fact]
    public async Task The_citizen_overview_lists_the_five_newest_notes_but_not_one_on_the_wrong_citizen()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren laver aftensmad");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren skræller kartofler", goal.Id);
        for (var day = 7; day >= 1; day--)
        {
            await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id, daysAgo: day, text: $"Kartofler dag {day}");
        }

        var wrong = await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id, daysAgo: 0, text: "Forkert borger");
        await using (var db = App.CreateSystemDbContext())
        {
            DiaryRules.MarkWrongCitizen(await db.DiaryEntries.SingleAsync(e => e.Id == wrong), "Anne Thomsen", "Test", App.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var items = (await mette.GetPageAsync($"/borgere/{citizen.Id}")).Document.QuerySelectorAll(".app-latest-notes li").Select(li => li.TextContent).ToList();

        Assert.Equal(5, items.Count);
        Assert.Contains("Kartofler dag 1", items[0], StringComparison.Ordinal);
        Assert.Contains("Kartofler dag 5", items[4], StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Contains("Forkert borger", StringComparison.Ordinal));
    }

    private static async Task WriteResidentNoteAsync(BrowserlessClient client, Guid citizenId, Guid context, Guid type, string text)
    {
        var form = await client.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?slags=beboer");
        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.ContextId"] = context.ToString(), ["Input.NoteTypeId"] = type.ToString(), ["Input.Text"] = text,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
