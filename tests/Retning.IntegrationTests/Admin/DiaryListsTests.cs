using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// /admin/dagbog: an administrator, or the Tilbudsleder of the offer, keeps the resident diary's
/// contexts and note types (add, rename, reorder, inactive/active) and the response-rate threshold.
/// </summary>
public sealed class DiaryListsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/admin/dagbog";

    private RetningApp App => fixture.App;

    private async Task<Guid> OfferOfAsync(string department)
    {
        var departmentId = await App.DepartmentIdAsync(department);
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).SingleAsync();
    }

    /// <summary>One list of an offer in the order the diary shows it.</summary>
    private async Task<List<DiaryCategory>> ListAsync(Guid offerId, DiaryCategoryKind kind)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.DiaryCategories.AsNoTracking().Where(c => c.OfferId == offerId && c.Kind == kind)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync();
    }

    private static string For(Guid offerId) => $"{Page}?tilbud={offerId}";

    private static async Task<KeyValuePair<string, string>> TokenAsync(BrowserlessClient client) =>
        (await client.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Anne)]
    [InlineData(DemoUsers.Kvalitet)]
    [InlineData(DemoUsers.Sofie)]
    public async Task Staff_who_are_not_offer_heads_get_403(string email)
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        var before = await ListAsync(solsikken, DiaryCategoryKind.Context);
        using var client = await fixture.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(For(solsikken))).StatusCode);
        var response = await client.PostRawAsync($"{Page}?handler=Tilfoej",
            [await TokenAsync(client), new("tilbud", solsikken.ToString()), new("kind", "Context"), new("NewContext.Name", "Ulovlig")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Count, (await ListAsync(solsikken, DiaryCategoryKind.Context)).Count);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log-ind", response.RedirectPath());
    }

    [Fact]
    public async Task An_offer_head_sees_the_own_offer_and_gets_403_for_another_offer()
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        var lindely = await OfferOfAsync(DemoUsers.Birken);
        var lindelyTypes = await ListAsync(lindely, DiaryCategoryKind.NoteType);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var own = (await lars.GetPageAsync(Page)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Solsikken", own.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindely", own.MainText, StringComparison.Ordinal);
        // One offer: nothing to choose between.
        Assert.Null(own.Document.QuerySelector("select[name='tilbud']"));
        Assert.Null(own.Document.QuerySelector("nav.breadcrumbs a[href='/admin']"));

        Assert.Equal(HttpStatusCode.Forbidden, (await lars.GetAsync(For(lindely))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync(For(Guid.NewGuid()))).StatusCode);
        var token = await TokenAsync(lars);
        var add = await lars.PostRawAsync($"{Page}?handler=Tilfoej",
            [token, new("tilbud", lindely.ToString()), new("kind", "NoteType"), new("NewNoteType.Name", "Fremmed")]);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        // An entry of another offer cannot be reached through the own offer either.
        var deactivate = await lars.PostRawAsync($"{Page}?handler=Aktiv",
            [token, new("tilbud", solsikken.ToString()), new("id", lindelyTypes[0].Id.ToString()), new("aktiv", "false")]);
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        var threshold = await lars.PostRawAsync($"{Page}?handler=Svarprocent", [token, new("tilbud", lindely.ToString()), new("Threshold.Percent", "50")]);
        Assert.Equal(HttpStatusCode.Forbidden, threshold.StatusCode);
        Assert.Equal(lindelyTypes.Select(t => (t.Name, t.IsActive)), (await ListAsync(lindely, DiaryCategoryKind.NoteType)).Select(t => (t.Name, t.IsActive)));

        // The administrator chooses between the offers.
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var all = (await admin.GetPageAsync(For(lindely))).AssertStatus(HttpStatusCode.OK);
        var options = all.Document.QuerySelectorAll("select[name='tilbud'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(solsikken.ToString(), options);
        Assert.Contains(lindely.ToString(), options);
        Assert.Equal(lindely.ToString(), all.Document.QuerySelector("select[name='tilbud'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_added_context_comes_last_and_active()
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        var before = await ListAsync(solsikken, DiaryCategoryKind.Context);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var page = (await lars.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        var response = await page.SubmitAsync("#tilfoej-kontekster", new Dictionary<string, string?> { ["NewContext.Name"] = "  Udflugter " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{For(solsikken)}#kontekster", response.RedirectPathAndQuery());
        var after = await ListAsync(solsikken, DiaryCategoryKind.Context);
        Assert.Equal(before.Count + 1, after.Count);
        var added = after[^1];
        Assert.Equal("Udflugter", added.Name);
        Assert.True(added.IsActive);
        Assert.False(added.IsMissingWork);
        Assert.Equal(before.Max(c => c.Order) + 1, added.Order);

        var shown = (await lars.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        var rows = shown.Document.QuerySelectorAll("section[aria-labelledby='kontekster'] tbody tr").ToList();
        Assert.Contains("Udflugter", rows[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_or_missing_name_is_refused_at_the_field_and_the_typed_value_kept()
    {
        var lindely = await OfferOfAsync(DemoUsers.Birken);
        var contexts = await ListAsync(lindely, DiaryCategoryKind.Context);
        var types = await ListAsync(lindely, DiaryCategoryKind.NoteType);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var form = (await karin.GetPageAsync(For(lindely))).AssertStatus(HttpStatusCode.OK);

        var duplicate = (await form.SubmitForPageAsync("#tilfoej-kontekster", new Dictionary<string, string?> { ["NewContext.Name"] = "sundhed" }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Der er allerede en kontekst, der hedder Sundhed.", duplicate.FieldError("NewContext.Name"));
        Assert.Equal("sundhed", duplicate.FieldValue("NewContext.Name", "#tilfoej-kontekster"));
        Assert.Single(duplicate.ErrorSummary);
        // The other list's form is untouched by this error.
        Assert.Null(duplicate.FieldError("NewNoteType.Name"));

        var empty = (await form.SubmitForPageAsync("#tilfoej-notattyper", new Dictionary<string, string?> { ["NewNoteType.Name"] = "   " }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv notattypens navn.", empty.FieldError("NewNoteType.Name"));

        var tooLong = (await form.SubmitForPageAsync("#tilfoej-notattyper", new Dictionary<string, string?> { ["NewNoteType.Name"] = new string('x', 101) }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Teksten er for lang: højst 100 tegn (nu 101).", tooLong.FieldError("NewNoteType.Name"));
        Assert.Equal(new string('x', 101), tooLong.FieldValue("NewNoteType.Name", "#tilfoej-notattyper"));

        Assert.Equal(contexts.Count, (await ListAsync(lindely, DiaryCategoryKind.Context)).Count);
        Assert.Equal(types.Count, (await ListAsync(lindely, DiaryCategoryKind.NoteType)).Count);

        // Unique within a list: a note type may share a context's name.
        Assert.Equal(HttpStatusCode.Redirect,
            (await form.SubmitAsync("#tilfoej-notattyper", new Dictionary<string, string?> { ["NewNoteType.Name"] = "Sundhed" })).StatusCode);
        Assert.Contains(await ListAsync(lindely, DiaryCategoryKind.NoteType), t => t.Name == "Sundhed");
    }

    [Fact]
    public async Task Renaming_changes_the_name_and_a_name_already_in_the_list_is_refused()
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        var contexts = await ListAsync(solsikken, DiaryCategoryKind.Context);
        var school = contexts.Single(c => c.Name == "Skole/dagtilbud");
        var family = contexts.Single(c => c.Name == "Familie og netværk");
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var list = (await admin.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        // The rename form opens by a link (no JavaScript), one entry at a time.
        Assert.Null(list.Document.QuerySelector("[name='Rename.Name']"));
        var link = list.Document.QuerySelector($"a[href='{For(solsikken)}&ret={school.Id}#omdoeb-{school.Id}']");
        Assert.NotNull(link);
        Assert.StartsWith("Omdøb", link.TextContent, StringComparison.Ordinal);

        var form = (await admin.GetPageAsync($"{For(solsikken)}&ret={school.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Single(form.Document.QuerySelectorAll("[name='Rename.Name']"));
        Assert.Equal("Skole/dagtilbud", form.FieldValue("Rename.Name", $"#omdoeb-{school.Id}"));
        var response = await form.SubmitAsync($"#omdoeb-{school.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "Skole og dagtilbud" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Skole og dagtilbud", (await ListAsync(solsikken, DiaryCategoryKind.Context)).Single(c => c.Id == school.Id).Name);

        var second = (await admin.GetPageAsync($"{For(solsikken)}&ret={family.Id}")).AssertStatus(HttpStatusCode.OK);
        var refused = (await second.SubmitForPageAsync($"#omdoeb-{family.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "SKOLE OG DAGTILBUD" }))
            .AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Der er allerede en kontekst, der hedder Skole og dagtilbud.", refused.FieldError("Rename.Name"));
        Assert.Equal("SKOLE OG DAGTILBUD", refused.FieldValue("Rename.Name", $"#omdoeb-{family.Id}"));
        Assert.Equal("Familie og netværk", (await ListAsync(solsikken, DiaryCategoryKind.Context)).Single(c => c.Id == family.Id).Name);
    }

    [Fact]
    public async Task Moving_swaps_an_entry_with_its_neighbour()
    {
        var lindely = await OfferOfAsync(DemoUsers.Birken);
        var before = await ListAsync(lindely, DiaryCategoryKind.Context);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var page = (await karin.GetPageAsync(For(lindely))).AssertStatus(HttpStatusCode.OK);
        // The first entry cannot move up, the last not down.
        Assert.Null(page.Document.QuerySelector($"#op-{before[0].Id}"));
        Assert.Null(page.Document.QuerySelector($"#ned-{before[^1].Id}"));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync($"#op-{before[2].Id}")).StatusCode);
        var moved = await ListAsync(lindely, DiaryCategoryKind.Context);
        Assert.Equal([before[0].Id, before[2].Id, before[1].Id, .. before.Skip(3).Select(c => c.Id)], moved.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, moved.Count), moved.Select(c => c.Order));

        var again = (await karin.GetPageAsync(For(lindely))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SubmitAsync($"#ned-{before[0].Id}")).StatusCode);
        Assert.Equal([before[2].Id, before[0].Id, before[1].Id, .. before.Skip(3).Select(c => c.Id)],
            (await ListAsync(lindely, DiaryCategoryKind.Context)).Select(c => c.Id));
    }

    [Fact]
    public async Task An_entry_is_made_inactive_and_active_again_and_never_deleted()
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        var observation = (await ListAsync(solsikken, DiaryCategoryKind.NoteType)).Single(t => t.Name == "Observation");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var page = (await lars.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync($"#aktiv-{observation.Id}")).StatusCode);
        var inactive = (await ListAsync(solsikken, DiaryCategoryKind.NoteType)).Single(t => t.Id == observation.Id);
        Assert.False(inactive.IsActive);

        var shown = (await lars.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        var row = shown.Document.QuerySelector($"#aktiv-{observation.Id}")!.Closest("tr")!;
        Assert.Contains("Inaktiv", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gør aktiv", row.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await shown.SubmitAsync($"#aktiv-{observation.Id}")).StatusCode);
        Assert.True((await ListAsync(solsikken, DiaryCategoryKind.NoteType)).Single(t => t.Id == observation.Id).IsActive);
    }

    [Fact]
    public async Task The_missing_work_type_can_be_renamed_but_not_made_inactive()
    {
        var lindely = await OfferOfAsync(DemoUsers.Birken);
        var missing = (await ListAsync(lindely, DiaryCategoryKind.NoteType)).Single(t => t.IsMissingWork);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);

        var page = (await karin.GetPageAsync(For(lindely))).AssertStatus(HttpStatusCode.OK);
        Assert.Null(page.Document.QuerySelector($"#aktiv-{missing.Id}"));
        Assert.Contains("evalueringen tæller notater af denne type", page.MainText, StringComparison.Ordinal);

        // A hand-made post is refused with the reason.
        var refused = await karin.ReadPageAsync(Page, await karin.PostRawAsync($"{Page}?handler=Aktiv",
            [await TokenAsync(karin), new("tilbud", lindely.ToString()), new("id", missing.Id.ToString()), new("aktiv", "false")]));
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(refused.ErrorSummary, m => m.Contains("kan ikke gøres inaktiv", StringComparison.Ordinal));
        Assert.True((await ListAsync(lindely, DiaryCategoryKind.NoteType)).Single(t => t.Id == missing.Id).IsActive);

        var rename = (await karin.GetPageAsync($"{For(lindely)}&ret={missing.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect,
            (await rename.SubmitAsync($"#omdoeb-{missing.Id}", new Dictionary<string, string?> { ["Rename.Name"] = "Delmålsarbejde udeblev" })).StatusCode);
        var renamed = (await ListAsync(lindely, DiaryCategoryKind.NoteType)).Single(t => t.Id == missing.Id);
        Assert.Equal("Delmålsarbejde udeblev", renamed.Name);
        Assert.True(renamed.IsMissingWork);
        Assert.True(renamed.IsActive);
    }

    [Fact]
    public async Task The_response_rate_threshold_is_saved_and_validated()
    {
        var solsikken = await OfferOfAsync(DemoUsers.Maagen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var page = (await lars.GetPageAsync(For(solsikken))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("70", page.FieldValue("Threshold.Percent", "#svarprocent-form"));
        Assert.Contains("Svarprocenten skal mindst være dette for at scoringerne kan bære en kvantitativ evaluering", page.MainText, StringComparison.Ordinal);

        foreach (var (typed, message) in new[]
        {
            ("0", "Svarprocenten skal være et helt tal fra 1 til 100."),
            ("101", "Svarprocenten skal være et helt tal fra 1 til 100."),
            ("72,5", "Svarprocenten skal være et helt tal fra 1 til 100."),
            ("mange", "Svarprocenten skal være et helt tal fra 1 til 100."),
            ("", "Skriv svarprocenten."),
        })
        {
            var refused = (await page.SubmitForPageAsync("#svarprocent-form", new Dictionary<string, string?> { ["Threshold.Percent"] = typed }))
                .AssertStatus(HttpStatusCode.OK);
            Assert.Equal(message, refused.FieldError("Threshold.Percent"));
            Assert.Equal(typed, refused.FieldValue("Threshold.Percent", "#svarprocent-form"));
        }

        var response = await page.SubmitAsync("#svarprocent-form", new Dictionary<string, string?> { ["Threshold.Percent"] = "85" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(85, await db.OfferPlanRules.Where(r => r.OfferId == solsikken).Select(r => r.ResponseRateThresholdPercent).SingleAsync());
            // Only this offer changed.
            Assert.Equal(70, await db.OfferPlanRules.Where(r => r.OfferId != solsikken).Select(r => r.ResponseRateThresholdPercent).FirstAsync());
        }

        Assert.Equal("85", (await lars.GetPageAsync(For(solsikken))).FieldValue("Threshold.Percent", "#svarprocent-form"));
    }

    [Fact]
    public async Task Diary_list_pages_write_no_audit_rows()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        (await lars.GetPageAsync(Page)).AssertStatus(HttpStatusCode.OK);

        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }
}
