using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin.Skabeloner;

/// <summary>
/// /admin/skabeloner: an administrator, or the Tilbudsleder of the template's offer, edits
/// sub-headings and help texts; every save is a new version and plans keep theirs.
/// </summary>
public sealed class TemplateAdministrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    /// <summary>The template of a kind of the offer that holds the department.</summary>
    private async Task<PlanTemplate> TemplateAsync(string department, TemplateKind kind)
    {
        var departmentId = await App.DepartmentIdAsync(department);
        await using var db = App.CreateSystemDbContext();
        var offerId = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).SingleAsync();
        return await db.PlanTemplates.AsNoTracking().Include(t => t.Versions).SingleAsync(t => t.OfferId == offerId && t.Kind == kind);
    }

    private static string Edit(Guid templateId) => $"/admin/skabeloner/{templateId}";

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Anne)]
    [InlineData(DemoUsers.Kvalitet)]
    [InlineData(DemoUsers.Sofie)]
    public async Task Staff_who_are_not_offer_heads_get_403_on_every_template_page(string email)
    {
        var template = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics);
        using var client = await fixture.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/skabeloner")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Edit(template.Id))).StatusCode);
        var token = (await client.GetPageAsync("/")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostRawAsync(Edit(template.Id), [token])).StatusCode);
        Assert.Equal(template.Versions.Count, (await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics)).Versions.Count);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync("/admin/skabeloner");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log-ind", response.RedirectPath());
    }

    [Fact]
    public async Task An_offer_head_sees_the_own_offers_templates_an_administrator_every_offers()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var page = (await lars.GetPageAsync("/admin/skabeloner")).AssertStatus(HttpStatusCode.OK);
        var solsikken = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics);
        var lindely = await TemplateAsync(DemoUsers.Birken, TemplateKind.Ics);
        Assert.Equal(3, page.Document.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(page.Document.QuerySelector($"a[href='{Edit(solsikken.Id)}']"));
        Assert.Null(page.Document.QuerySelector($"a[href='{Edit(lindely.Id)}']"));
        Assert.Contains("Solsikken", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindely", page.MainText, StringComparison.Ordinal);
        // The offer head may not open the administration's front page, so the trail does not lead there.
        Assert.Null(page.Document.QuerySelector("nav.breadcrumbs a[href='/admin']"));

        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var all = (await admin.GetPageAsync("/admin/skabeloner")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(6, all.Document.QuerySelectorAll("tbody tr").Length);
        var icsRow = all.Document.QuerySelector($"a[href='{Edit(solsikken.Id)}']")!.Closest("tr")!;
        Assert.Contains("10", icsRow.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Version {solsikken.Current.Number}", icsRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_head_gets_403_for_another_offers_template()
    {
        var lindely = await TemplateAsync(DemoUsers.Birken, TemplateKind.Vum);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        Assert.Equal(HttpStatusCode.Forbidden, (await lars.GetAsync(Edit(lindely.Id))).StatusCode);
        var token = (await lars.GetPageAsync("/admin/skabeloner")).FormFields("form.app-logout").Single(f => f.Key == "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.PostRawAsync(Edit(lindely.Id), [token, new("Input.Version", "0")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync(Edit(Guid.NewGuid()))).StatusCode);

        // Lindely's own head may.
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        (await karin.GetPageAsync(Edit(lindely.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(lindely.Versions.Count, (await TemplateAsync(DemoUsers.Birken, TemplateKind.Vum)).Versions.Count);
    }

    [Fact]
    public async Task Saving_makes_a_new_version_and_a_plan_written_before_keeps_the_old_wording()
    {
        var today = App.Today;
        var before = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics);
        var old = before.Current;
        var oldHelp = old.Themes.Single(t => t.Key == "skole").HelpText!;
        // A child's plan written on the current version.
        var child = await App.NewCitizenAsync(DemoUsers.Maagen);
        var plan = await App.CreatePlanAsync(child.Id, today.AddDays(-20));
        Assert.Equal(old.Id, plan.TemplateVersionId);

        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var form = (await lars.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);
        var index = old.Themes.OrderBy(t => t.Order).ToList().FindIndex(t => t.Key == "skole");
        Assert.Equal("skole", form.FieldValue($"Input.Themes[{index}].Key"));
        Assert.Equal(oldHelp, form.FieldValue($"Input.Themes[{index}].HelpText"));
        // Names and keys are not editable: the form has no field for a name.
        Assert.Null(form.Document.QuerySelector("[name$='.Name']"));

        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            [$"Input.Themes[{index}].HelpText"] = "Skolegang efter den lokale retningslinje:\ntrivsel, fremmøde og læring.",
            [$"Input.Themes[{index}].ResourcesLabel"] = "Styrker i skolen",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Edit(before.Id), response.RedirectPath());
        var after = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.Versions.Count + 1, after.Versions.Count);
        var current = after.Current;
        Assert.Equal(old.Number + 1, current.Number);
        Assert.Equal(await App.FullNameAsync(DemoUsers.Lars), current.CreatedBy);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, current.CreatedUtc);
        var school = current.Themes.Single(t => t.Key == "skole");
        Assert.Equal("Skolegang efter den lokale retningslinje:\ntrivsel, fremmøde og læring.", school.HelpText);
        Assert.Equal("Styrker i skolen", school.ResourcesLabel);
        Assert.Equal("Skoleforhold", school.Name);
        Assert.Equal(old.Themes.Select(t => (t.Key, t.Name, t.Order)), current.Themes.Select(t => (t.Key, t.Name, t.Order)));
        // The older version is untouched.
        var kept = after.Versions.Single(v => v.Id == old.Id);
        Assert.Equal(oldHelp, kept.Themes.Single(t => t.Key == "skole").HelpText);
        Assert.Equal("Ressourcer", kept.Themes.Single(t => t.Key == "skole").ResourcesLabel);

        // The history lists both versions with who made them.
        var page = (await lars.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);
        var history = page.Document.QuerySelector("section[aria-labelledby='versioner'] tbody")!.TextContent;
        Assert.Contains($"Version {current.Number} (nuværende)", history, StringComparison.Ordinal);
        Assert.Contains($"Version {old.Number}", history, StringComparison.Ordinal);
        Assert.Contains(current.CreatedBy!, history, StringComparison.Ordinal);

        // The plan written before still points at its version; a new plan gets the new one.
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.Equal(old.Id, await db.Plans.Where(p => p.Id == plan.Id).Select(p => p.TemplateVersionId).SingleAsync());
        }

        var newcomer = await App.NewCitizenAsync(DemoUsers.Maagen);
        Assert.Equal(current.Id, (await App.CreatePlanAsync(newcomer.Id, today)).TemplateVersionId);

        // Its theme page shows the old help text; a new plan's the new one.
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var theme = (await anne.GetPageAsync($"/borgere/{child.Id}/plan/tema/skole")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(oldHelp, theme.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Skolegang efter den lokale retningslinje", theme.MainText, StringComparison.Ordinal);
        var newTheme = (await anne.GetPageAsync($"/borgere/{newcomer.Id}/plan/tema/skole")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Skolegang efter den lokale retningslinje:", newTheme.MainText, StringComparison.Ordinal);

        // Its frozen document shows the old sub-heading and version.
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync($"/borgere/{child.Id}/plan/perioder", overrides: new Dictionary<string, string?> { ["Reviewed"] = "true" })).StatusCode);
        var snapshot = (await anne.GetPageAsync($"/borgere/{child.Id}/plan/perioder/1")).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain("Styrker i skolen", snapshot.MainText, StringComparison.Ordinal);
        Assert.Contains($"{before.Name}, version {old.Number}", snapshot.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_without_changes_makes_no_new_version()
    {
        var before = await TemplateAsync(DemoUsers.Birken, TemplateKind.Ffb);
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);

        var response = await karin.PostFormAsync(Edit(before.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await TemplateAsync(DemoUsers.Birken, TemplateKind.Ffb);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task An_empty_sub_heading_is_refused_with_the_theme_named_and_the_input_kept()
    {
        var before = await TemplateAsync(DemoUsers.Birken, TemplateKind.Vum);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var page = await admin.PostFormForPageAsync(Edit(before.Id), overrides: new Dictionary<string, string?>
        {
            ["Input.Themes[0].ResourcesLabel"] = "   ",
            ["Input.Themes[0].HelpText"] = "Ny hjælpetekst, der ikke må gå tabt",
            ["Input.Themes[1].ChallengesHelp"] = new string('x', 2001),
        });

        page.AssertStatus(HttpStatusCode.OK);
        var first = before.Current.Themes.OrderBy(t => t.Order).ToList();
        Assert.Equal($"{first[0].Name}: skriv en underoverskrift for ressourcer.", page.FieldError("Input.Themes[0].ResourcesLabel"));
        Assert.Equal("Teksten er for lang: højst 2000 tegn (nu 2001).", page.FieldError("Input.Themes[1].ChallengesHelp"));
        Assert.Equal(2, page.ErrorSummary.Count);
        Assert.Equal("Ny hjælpetekst, der ikke må gå tabt", page.FieldValue("Input.Themes[0].HelpText"));
        Assert.Equal(before.Versions.Count, (await TemplateAsync(DemoUsers.Birken, TemplateKind.Vum)).Versions.Count);
    }

    [Fact]
    public async Task A_form_with_changed_theme_keys_is_refused()
    {
        var before = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Vum);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var response = await lars.PostFormAsync(Edit(before.Id), overrides: new Dictionary<string, string?> { ["Input.Themes[0].Key"] = "nyt-tema" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Versions.Count, (await TemplateAsync(DemoUsers.Maagen, TemplateKind.Vum)).Versions.Count);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_the_second_sees_the_conflict_and_nothing_is_overwritten()
    {
        var before = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ffb);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var larsForm = (await lars.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);
        var adminForm = (await admin.GetPageAsync(Edit(before.Id))).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect, (await adminForm.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Themes[0].HelpText"] = "Administratorens tekst",
        })).StatusCode);

        var conflict = (await larsForm.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Themes[0].HelpText"] = "Tilbudslederens tekst",
        })).AssertStatus(HttpStatusCode.OK);

        Assert.Contains(conflict.ErrorSummary, m => m.StartsWith("En anden har gemt en ny version af skabelonen", StringComparison.Ordinal));
        Assert.Equal("Tilbudslederens tekst", conflict.FieldValue("Input.Themes[0].HelpText"));
        var hint = conflict.FormGroupOf("Input.Themes[0].HelpText").QuerySelector(".form-hint")!.TextContent;
        Assert.Contains("Administratorens tekst", hint, StringComparison.Ordinal);
        var stored = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ffb);
        Assert.Equal(before.Versions.Count + 1, stored.Versions.Count);
        Assert.Equal("Administratorens tekst", stored.Current.Themes.OrderBy(t => t.Order).First().HelpText);

        // Saving again from the conflict page is deliberate and makes the next version.
        Assert.Equal(HttpStatusCode.Redirect, (await conflict.SubmitAsync()).StatusCode);
        var final = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ffb);
        Assert.Equal(before.Versions.Count + 2, final.Versions.Count);
        Assert.Equal("Tilbudslederens tekst", final.Current.Themes.OrderBy(t => t.Order).First().HelpText);
    }

    [Fact]
    public async Task Template_pages_write_no_citizen_audit_rows()
    {
        var template = await TemplateAsync(DemoUsers.Maagen, TemplateKind.Ics);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var before = await App.LastAuditIdAsync();

        (await lars.GetPageAsync("/admin/skabeloner")).AssertStatus(HttpStatusCode.OK);
        (await lars.GetPageAsync(Edit(template.Id))).AssertStatus(HttpStatusCode.OK);

        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }
}
