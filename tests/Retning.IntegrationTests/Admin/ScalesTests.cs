using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Pages.Admin.Skalaer;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// /admin/skalaer: an administrator, or the Tilbudsleder of the offer, creates indicator scales,
/// edits their levels (every save a new version; old versions untouched) and picks the default.
/// </summary>
public sealed class ScalesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string Edit(Guid scaleId) => $"/admin/skalaer/{scaleId}";

    private async Task<Guid> OfferOfAsync(string department)
    {
        var departmentId = await App.DepartmentIdAsync(department);
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).SingleAsync();
    }

    private async Task<List<IndicatorScale>> ScalesAsync(Guid offerId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.IndicatorScales.AsNoTracking().Include(s => s.Versions).Where(s => s.OfferId == offerId).ToListAsync();
    }

    private async Task<IndicatorScale> ScaleAsync(Guid scaleId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.IndicatorScales.AsNoTracking().Include(s => s.Versions).SingleAsync(s => s.Id == scaleId);
    }

    private async Task<IndicatorScale> DefaultScaleAsync(string department) => (await ScalesAsync(await OfferOfAsync(department))).Single(s => s.IsDefault);

    private static async Task<KeyValuePair<string, string>> TokenAsync(BrowserlessClient client) =>
        (await client.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");

    /// <summary>Creates a scale through the page and returns it.</summary>
    private async Task<IndicatorScale> CreateAsync(BrowserlessClient client, Guid offerId, string name, params (string Value, string Label)[] levels)
    {
        var fields = new Dictionary<string, string?> { ["Input.Name"] = name };
        for (var i = 0; i < levels.Length; i++)
        {
            fields[$"Input.Levels[{i}].Value"] = levels[i].Value;
            fields[$"Input.Levels[{i}].Label"] = levels[i].Label;
        }

        var response = await client.PostFormAsync($"/admin/skalaer/ny?tilbud={offerId}", overrides: fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Creating a scale should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        return (await ScalesAsync(offerId)).Single(s => s.Name == name);
    }

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Anne)]
    [InlineData(DemoUsers.Kvalitet)]
    [InlineData(DemoUsers.Sofie)]
    public async Task Staff_who_are_not_offer_heads_get_403_on_every_scale_page(string email)
    {
        var scale = await DefaultScaleAsync(DemoUsers.Maagen);
        using var client = await fixture.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/skalaer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/skalaer/ny")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Edit(scale.Id))).StatusCode);
        var token = await TokenAsync(client);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostRawAsync(Edit(scale.Id), [token, new("Input.Version", scale.Version.ToString(CultureInfo.InvariantCulture))])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostRawAsync("/admin/skalaer/ny", [token, new("Input.Name", "Ulovlig")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostRawAsync("/admin/skalaer?handler=Standard", [token, new("scaleId", scale.Id.ToString())])).StatusCode);
        Assert.Equal(scale.Versions.Count, (await ScaleAsync(scale.Id)).Versions.Count);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync("/admin/skalaer");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log-ind", response.RedirectPath());
    }

    [Fact]
    public async Task An_offer_head_sees_the_own_offers_scales_and_gets_403_for_another_offers()
    {
        var solsikken = await DefaultScaleAsync(DemoUsers.Maagen);
        var lindely = await DefaultScaleAsync(DemoUsers.Birken);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var list = (await lars.GetPageAsync("/admin/skalaer")).AssertStatus(HttpStatusCode.OK);
        var row = list.Document.QuerySelector($"a[href='{Edit(solsikken.Id)}']")!.Closest("tr")!;
        Assert.Contains(solsikken.Levels.Count.ToString(CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Version {solsikken.CurrentVersion}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Standard", row.TextContent, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector($"a[href='{Edit(lindely.Id)}']"));
        Assert.Contains("En score beholder den betydning, skalaen havde, da den blev givet.", list.MainText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await lars.GetAsync(Edit(lindely.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.GetAsync($"/admin/skalaer/ny?tilbud={lindely.OfferId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync(Edit(Guid.NewGuid()))).StatusCode);
        var token = await TokenAsync(lars);
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.PostRawAsync(Edit(lindely.Id),
            [token, new("Input.Version", lindely.Version.ToString(CultureInfo.InvariantCulture)), new("Input.Name", "Overtaget"), new("Input.Levels[0].Value", "1"),
                new("Input.Levels[0].Label", "En"), new("Input.Levels[1].Value", "2"), new("Input.Levels[1].Label", "To")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.PostRawAsync("/admin/skalaer/ny",
            [token, new("OfferId", lindely.OfferId.ToString()), new("Input.Name", "Fremmed")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.PostRawAsync("/admin/skalaer?handler=Standard", [token, new("scaleId", lindely.Id.ToString())])).StatusCode);
        var unchanged = await ScaleAsync(lindely.Id);
        Assert.Equal(lindely.Name, unchanged.Name);
        Assert.Equal(lindely.Versions.Count, unchanged.Versions.Count);

        // Lindely's own head may; the administrator sees both offers.
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        (await karin.GetPageAsync(Edit(lindely.Id))).AssertStatus(HttpStatusCode.OK);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var all = (await admin.GetPageAsync("/admin/skalaer")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(all.Document.QuerySelector($"a[href='{Edit(solsikken.Id)}']"));
        Assert.NotNull(all.Document.QuerySelector($"a[href='{Edit(lindely.Id)}']"));
    }

    [Fact]
    public async Task A_new_scale_is_version_1_without_the_empty_rows()
    {
        var offerId = await OfferOfAsync(DemoUsers.Maagen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var form = (await lars.GetPageAsync("/admin/skalaer/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(ScaleInput.Rows, form.Document.QuerySelectorAll("[name$='].Label']").Length);
        // One offer: it is given, not chosen.
        Assert.Equal(offerId.ToString(), form.FieldValue("OfferId"));

        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Name"] = "Trivsel",
            ["Input.Levels[0].Value"] = "2",
            ["Input.Levels[0].Label"] = "Trives",
            ["Input.Levels[0].Description"] = "Borgeren virker glad og rolig.",
            ["Input.Levels[1].Value"] = "1",
            ["Input.Levels[1].Label"] = "Svinger",
            // Row 3 left empty; row 4 used: empty rows are skipped wherever they are.
            ["Input.Levels[3].Value"] = "0",
            ["Input.Levels[3].Label"] = "Mistrives",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scale = (await ScalesAsync(offerId)).Single(s => s.Name == "Trivsel");
        Assert.Equal(Edit(scale.Id), response.RedirectPath());
        Assert.False(scale.IsDefault);
        Assert.Equal(1, scale.CurrentVersion);
        var version = Assert.Single(scale.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(await App.FullNameAsync(DemoUsers.Lars), version.CreatedByName);
        Assert.Equal([(2, "Trives"), (1, "Svinger"), (0, "Mistrives")], version.Levels.Select(l => (l.Value, l.Label)));
        Assert.Equal("Borgeren virker glad og rolig.", version.Levels[0].Description);
        Assert.Equal(version.Levels.Select(l => (l.Value, l.Label)), scale.Levels.Select(l => (l.Value, l.Label)));
    }

    [Fact]
    public async Task Bad_levels_are_refused_at_the_fields_and_what_was_typed_is_kept()
    {
        var offerId = await OfferOfAsync(DemoUsers.Birken);
        var existing = await DefaultScaleAsync(DemoUsers.Birken);
        var before = (await ScalesAsync(offerId)).Count;
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);

        var page = (await karin.PostFormForPageAsync("/admin/skalaer/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.Name"] = existing.Name.ToUpperInvariant(),
            ["Input.Levels[0].Value"] = "to",
            ["Input.Levels[0].Label"] = "Meget",
            ["Input.Levels[1].Value"] = "1",
            ["Input.Levels[1].Label"] = "meget",
            ["Input.Levels[2].Value"] = "1",
            ["Input.Levels[2].Label"] = "Lidt",
            ["Input.Levels[3].Description"] = "En beskrivelse uden niveau",
        })).AssertStatus(HttpStatusCode.OK);

        Assert.Equal($"Tilbuddet har allerede en skala, der hedder {existing.Name.ToUpperInvariant()}.", page.FieldError("Input.Name"));
        Assert.Equal("Niveau 1: værdien skal være et helt tal fra -1000 til 1000, fx 0, 1 eller 2.", page.FieldError("Input.Levels[0].Value"));
        Assert.Equal("Niveau 2: betegnelsen meget bruges allerede i niveau 1. Hver betegnelse må kun bruges én gang.", page.FieldError("Input.Levels[1].Label"));
        Assert.Equal("Niveau 3: værdien 1 bruges allerede i niveau 2. Hver værdi må kun bruges én gang.", page.FieldError("Input.Levels[2].Value"));
        Assert.Equal("Niveau 4: skriv en værdi (et helt tal).", page.FieldError("Input.Levels[3].Value"));
        Assert.Equal("Niveau 4: skriv en betegnelse.", page.FieldError("Input.Levels[3].Label"));
        Assert.Equal("to", page.FieldValue("Input.Levels[0].Value"));
        Assert.Equal("En beskrivelse uden niveau", page.FieldValue("Input.Levels[3].Description"));
        Assert.Equal(ScaleInput.Rows, page.Document.QuerySelectorAll("[name$='].Label']").Length);

        var tooFew = (await karin.PostFormForPageAsync("/admin/skalaer/ny", overrides: new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kun ét niveau",
            ["Input.Levels[0].Value"] = "1",
            ["Input.Levels[0].Label"] = "Eneste",
        })).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En skala skal have mindst 2 niveauer. Udfyld værdi og betegnelse i mindst to rækker.", tooFew.ErrorSummary);
        Assert.NotNull(tooFew.Document.QuerySelector("#Input_Levels .form-error-message"));
        Assert.Equal("Kun ét niveau", tooFew.FieldValue("Input.Name"));

        Assert.Equal(before, (await ScalesAsync(offerId)).Count);
    }

    [Fact]
    public async Task Editing_makes_version_2_and_version_1_keeps_its_levels()
    {
        var before = await DefaultScaleAsync(DemoUsers.Maagen);
        var v1 = before.Versions.Single(v => v.Number == before.CurrentVersion);
        var v1Levels = v1.Levels.Select(l => (l.Value, l.Label, l.Description)).ToList();
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var form = (await lars.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(before.Levels[0].Label, form.FieldValue("Input.Levels[0].Label"));
        Assert.Contains("En score beholder den betydning, skalaen havde, da den blev givet.", form.MainText, StringComparison.Ordinal);
        var count = before.Levels.Count;
        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Levels[0].Label"] = "Fuld støtte",
            ["Input.Levels[0].Description"] = "Borgeren har brug for støtte hele tiden.",
            [$"Input.Levels[{count}].Value"] = "-1",
            [$"Input.Levels[{count}].Label"] = "Støtter andre",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ScaleAsync(before.Id);
        Assert.Equal(before.CurrentVersion + 1, after.CurrentVersion);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.Versions.Count + 1, after.Versions.Count);
        var v2 = after.Versions.Single(v => v.Number == after.CurrentVersion);
        Assert.Equal(await App.FullNameAsync(DemoUsers.Lars), v2.CreatedByName);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, v2.CreatedUtc);
        Assert.Equal("Fuld støtte", v2.Levels[0].Label);
        Assert.Equal((-1, "Støtter andre"), (v2.Levels[^1].Value, v2.Levels[^1].Label));
        Assert.Equal(count + 1, v2.Levels.Count);
        Assert.Equal(v2.Levels.Select(l => (l.Value, l.Label, l.Description)), after.Levels.Select(l => (l.Value, l.Label, l.Description)));
        // The version the old scores point at is as it was.
        var kept = after.Versions.Single(v => v.Id == v1.Id);
        Assert.Equal(v1.Number, kept.Number);
        Assert.Equal(v1Levels, kept.Levels.Select(l => (l.Value, l.Label, l.Description)));
        Assert.Equal(v1.CreatedUtc, kept.CreatedUtc);

        // The history shows both versions with their own levels.
        var page = (await lars.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);
        var current = page.Document.QuerySelector($"section[data-version='{v2.Number}']")!.TextContent;
        var old = page.Document.QuerySelector($"section[data-version='{v1.Number}']")!.TextContent;
        Assert.Contains($"Version {v2.Number} (nuværende)", current, StringComparison.Ordinal);
        Assert.Contains("Fuld støtte", current, StringComparison.Ordinal);
        Assert.Contains(v2.CreatedByName, current, StringComparison.Ordinal);
        Assert.Contains(v1Levels[0].Label, old, StringComparison.Ordinal);
        Assert.DoesNotContain("Fuld støtte", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_without_changes_makes_no_new_version()
    {
        var before = await DefaultScaleAsync(DemoUsers.Birken);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);

        var response = await karin.PostFormAsync(Edit(before.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await ScaleAsync(before.Id);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_the_second_sees_the_conflict_and_keeps_its_input()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var offerId = await OfferOfAsync(DemoUsers.Birken);
        var scale = await CreateAsync(admin, offerId, "Selvhjulpenhed", ("2", "Selvhjulpen"), ("1", "Delvist"), ("0", "Afhængig"));
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var karinForm = (await karin.GetPageAsync(Edit(scale.Id))).AssertStatus(HttpStatusCode.OK);
        var adminForm = (await admin.GetPageAsync(Edit(scale.Id))).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect,
            (await adminForm.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Levels[1].Label"] = "Med hjælp" })).StatusCode);

        var conflict = (await karinForm.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Levels[1].Label"] = "Noget selv" }))
            .AssertStatus(HttpStatusCode.OK);

        Assert.Contains(conflict.ErrorSummary, m => m.StartsWith("En anden har gemt en ny version af skalaen (version 2), mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        Assert.Equal("Noget selv", conflict.FieldValue("Input.Levels[1].Label"));
        Assert.Contains("Med hjælp", conflict.Document.QuerySelector("section[aria-labelledby='konflikt']")!.TextContent, StringComparison.Ordinal);
        var stored = await ScaleAsync(scale.Id);
        Assert.Equal(2, stored.Versions.Count);
        Assert.Equal("Med hjælp", stored.Levels[1].Label);

        // Saving again from the conflict page is deliberate and makes the next version.
        Assert.Equal(HttpStatusCode.Redirect, (await conflict.SubmitAsync()).StatusCode);
        var final = await ScaleAsync(scale.Id);
        Assert.Equal(3, final.CurrentVersion);
        Assert.Equal("Noget selv", final.Levels[1].Label);
        Assert.Equal("Med hjælp", final.Versions.Single(v => v.Number == 2).Levels[1].Label);
        Assert.Equal("Delvist", final.Versions.Single(v => v.Number == 1).Levels[1].Label);
    }

    [Fact]
    public async Task Making_a_scale_the_default_leaves_exactly_one_default_per_offer()
    {
        var offerId = await OfferOfAsync(DemoUsers.Birken);
        var otherOffer = await OfferOfAsync(DemoUsers.Maagen);
        var otherDefault = await DefaultScaleAsync(DemoUsers.Maagen);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var scale = await CreateAsync(karin, offerId, "Deltagelse", ("1", "Deltager"), ("0", "Deltager ikke"));
        Assert.False(scale.IsDefault);

        var list = (await karin.GetPageAsync("/admin/skalaer")).AssertStatus(HttpStatusCode.OK);
        var response = await list.SubmitAsync($"#standard-{scale.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scales = await ScalesAsync(offerId);
        Assert.Equal(scale.Id, Assert.Single(scales, s => s.IsDefault).Id);
        Assert.Equal(otherDefault.Id, Assert.Single(await ScalesAsync(otherOffer), s => s.IsDefault).Id);
        var shown = (await karin.GetPageAsync("/admin/skalaer")).AssertStatus(HttpStatusCode.OK);
        Assert.Null(shown.Document.QuerySelector($"#standard-{scale.Id}"));
    }

    [Fact]
    public async Task Scale_pages_write_no_citizen_audit_rows()
    {
        var scale = await DefaultScaleAsync(DemoUsers.Maagen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        (await lars.GetPageAsync("/admin/skalaer")).AssertStatus(HttpStatusCode.OK);
        (await lars.GetPageAsync("/admin/skalaer/ny")).AssertStatus(HttpStatusCode.OK);
        (await lars.GetPageAsync(Edit(scale.Id))).AssertStatus(HttpStatusCode.OK);

        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }
}
