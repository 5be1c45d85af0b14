using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>/borgere/{id}/plan/tema/{key}: one theme's assessment with the template's labels and help texts; its own version.</summary>
public sealed class ThemeAssessmentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_form_shows_the_themes_labels_and_help_texts_and_the_plan_keeps_line_breaks_and_never_renders_HTML()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/tema/sundhed";

        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Udredning: Sundhedsforhold", form.Document.QuerySelector("main h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hvad borgeren kan, og hvad der lykkes – med borgerens egne ord, hvor det er muligt.",
            form.FormGroupOf("Input.Resources").QuerySelector(".form-hint")!.TextContent);
        Assert.StartsWith("Ressourcer", form.FormGroupOf("Input.Resources").QuerySelector("label")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Behov for støtte og indsats", form.FormGroupOf("Input.SupportNeed").QuerySelector("label")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Input_Resources-hint", form.Document.QuerySelector("#Input_Resources")!.GetAttribute("aria-describedby"));

        var before = await App.LastAuditIdAsync();
        var saved = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Resources"] = "Sover godt.\nSpiser selv.",
            ["Input.Challenges"] = "<script>alert('x')</script> <b>fed</b>",
            ["Input.SupportNeed"] = "Påmindelse om medicin morgen og aften.",
        }).AssertRedirectAsync();
        Assert.Equal($"/borgere/{child.Id}/plan", saved.RedirectPath());
        Assert.Equal(AuditAction.Create, (await App.SingleAuditRowAsync(before, "Saving a theme")).Action);

        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        var theme = plan.Document.QuerySelector("#tema-sundhed")!;
        var values = theme.QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
        Assert.Equal("Sover godt.\nSpiser selv.", values[0]);
        Assert.Equal("<script>alert('x')</script> <b>fed</b>", values[1]);
        Assert.Empty(theme.QuerySelectorAll("script, b"));
        Assert.Contains("Senest gemt", theme.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mette Kjær", theme.TextContent, StringComparison.Ordinal);

        var stored = Assert.Single(await App.AssessmentsAsync(child.Id));
        Assert.Equal(("sundhed", "Mette Kjær"), (stored.ThemeKey, stored.UpdatedBy));
    }

    [Fact]
    public async Task Two_people_editing_the_same_theme_the_second_sees_both_versions_and_the_stored_one_is_kept()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/tema/skole";
        await (await anne.GetPageAsync(url)).SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "Første udgave." }).AssertRedirectAsync();

        var annes = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var mettes = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(annes.FieldValue("Input.Version"), mettes.FieldValue("Input.Version"));
        await annes.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "Annes tekst om skolen." }).AssertRedirectAsync();

        var before = await App.LastAuditIdAsync();
        var conflict = await mettes.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Resources"] = "Mettes tekst om skolen.",
            ["Input.Challenges"] = "Lange dage.",
        });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(conflict.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer i temaet, mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        Assert.Equal("Mettes tekst om skolen.", conflict.FieldValue("Input.Resources"));
        Assert.Equal("Lange dage.", conflict.FieldValue("Input.Challenges"));
        var both = conflict.Document.QuerySelector("section[aria-labelledby='konflikt']")!.TextContent;
        Assert.Contains("Annes tekst om skolen.", both, StringComparison.Ordinal);
        Assert.Contains("Mettes tekst om skolen.", both, StringComparison.Ordinal);
        Assert.Equal(AuditAction.Read, (await App.SingleAuditRowAsync(before, "A conflicting save")).Action);
        Assert.Equal("Annes tekst om skolen.", Assert.Single(await App.AssessmentsAsync(child.Id)).Resources);

        // Saving again from the conflict page is a deliberate overwrite.
        await conflict.SubmitAsync().AssertRedirectAsync();
        var stored = Assert.Single(await App.AssessmentsAsync(child.Id));
        Assert.Equal(("Mettes tekst om skolen.", "Lange dage."), (stored.Resources, stored.Challenges));
    }

    [Fact]
    public async Task Two_people_writing_the_first_assessment_of_a_theme_do_not_create_two()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/tema/fritid";
        var annes = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var mettes = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);

        await annes.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "Elsker fodbold." }).AssertRedirectAsync();
        var conflict = await mettes.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "Spiller klaver." });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Elsker fodbold.", conflict.Document.QuerySelector("section[aria-labelledby='konflikt']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Spiller klaver.", conflict.FieldValue("Input.Resources"));
        Assert.Equal("Elsker fodbold.", Assert.Single(await App.AssessmentsAsync(child.Id)).Resources);
    }

    [Fact]
    public async Task Editing_one_theme_does_not_conflict_with_editing_another()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);
        var annes = (await anne.GetPageAsync($"/borgere/{child.Id}/plan/tema/familie")).AssertStatus(HttpStatusCode.OK);
        var mettes = (await mette.GetPageAsync($"/borgere/{child.Id}/plan/tema/venskab")).AssertStatus(HttpStatusCode.OK);

        await annes.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "Tæt på sin mor." }).AssertRedirectAsync();
        await mettes.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = "En god ven i klassen." }).AssertRedirectAsync();

        Assert.Equal(["familie", "venskab"], (await App.AssessmentsAsync(child.Id)).Select(a => a.ThemeKey));
    }

    [Fact]
    public async Task A_theme_the_template_does_not_have_is_not_found()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{child.Id}/plan/tema/socialt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{child.Id}/plan/tema/findes-ikke")).StatusCode);
    }
}
