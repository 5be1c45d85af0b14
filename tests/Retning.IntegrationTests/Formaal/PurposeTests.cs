using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Planer;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Formaal;

/// <summary>/borgere/{id}/formaal: purposes from the municipality, revisions kept as history, the newest the basis.</summary>
public sealed class PurposeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string MetteName = "Mette Kjær";

    private RetningApp App => fixture.App;

    private static Dictionary<string, string?> NewPurpose(string category, string title, string text, string received = "2026-01-15") => new()
    {
        ["Input.CategoryId"] = category,
        ["Input.Title"] = title,
        ["Input.Text"] = text,
        ["Input.ReceivedOn"] = received,
        ["Input.Source"] = nameof(PurposeSource.ActionPlan140),
        ["Input.SourceReference"] = "Handleplan af 10-01-2026",
    };

    private static async Task<List<Purpose>> PurposesAsync(RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Purposes.AsNoTracking().IgnoreQueryFilters().Include(p => p.Revisions).Where(p => p.CitizenId == citizenId).ToListAsync();
    }

    [Fact]
    public async Task A_contact_team_member_adds_a_purpose_and_revises_it_the_old_wording_stays_as_history_and_the_newest_is_the_basis()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{child.Id}/formaal";

        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();
        var added = await form.SubmitAsync("form#tilfoej-formaal", NewPurpose(await App.PurposeCategoryAsync(), "Skolegang", "At barnet kommer i skole.\nOgså om fredagen.")).AssertRedirectAsync();
        Assert.Equal(url, added.RedirectPath());
        var create = await App.SingleAuditRowAsync(before, "Adding a purpose");
        Assert.Equal((AuditAction.Create, child.Id, "Formål"), (create.Action, create.CitizenId, create.Subject));

        var purpose = Assert.Single(await PurposesAsync(App, child.Id));
        var revisionForm = (await mette.GetPageAsync($"{url}?revider={purpose.Id}")).AssertStatus(HttpStatusCode.OK);
        // The current wording is the starting point of the revision.
        Assert.Equal("At barnet kommer i skole.\nOgså om fredagen.", revisionForm.FieldValue("Revision.Text", "form[action*='handler=Revise']")?.Replace("\r", "", StringComparison.Ordinal));

        before = await App.LastAuditIdAsync();
        await revisionForm.SubmitAsync("form[action*='handler=Revise']", new Dictionary<string, string?>
        {
            ["Revision.Text"] = "At barnet deltager i undervisningen hele skoledagen.",
            ["Revision.ReceivedOn"] = "2026-02-20",
            ["Revision.Source"] = nameof(PurposeSource.ActionPlan140),
            ["Revision.SourceReference"] = "Revideret handleplan",
        }).AssertRedirectAsync();
        var update = await App.SingleAuditRowAsync(before, "Revising a purpose");
        Assert.Equal(AuditAction.Update, update.Action);

        var stored = Assert.Single(await PurposesAsync(App, child.Id));
        Assert.Equal(2, stored.Revisions.Count);
        Assert.Equal("At barnet deltager i undervisningen hele skoledagen.", stored.Current!.Text);
        Assert.Equal(new DateOnly(2026, 2, 20), stored.Current.ReceivedOn);
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        Assert.All(stored.Revisions, r => Assert.Equal((metteId, MetteName), (r.EnteredByUserId!.Value, r.EnteredByName)));

        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var card = page.Document.QuerySelector($"#formaal-{purpose.Id}")!;
        var current = card.QuerySelector("p.app-pre")!;
        Assert.Equal("At barnet deltager i undervisningen hele skoledagen.", current.TextContent);
        var history = card.QuerySelector("ol.app-history");
        Assert.NotNull(history);
        Assert.Contains("At barnet kommer i skole.\nOgså om fredagen.", history.TextContent.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Modtaget 15-01-2026", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Handleplan (§ 140)", history.TextContent, StringComparison.Ordinal);

        // The plan shows the newest wording only.
        await mette.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        var section = plan.Document.QuerySelector("#formaal")!.TextContent;
        Assert.Contains("At barnet deltager i undervisningen hele skoledagen.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("At barnet kommer i skole.", section, StringComparison.Ordinal);
        Assert.Contains("2 revisioner", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_at_the_fields_and_keeps_what_was_typed()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{child.Id}/formaal";
        var form = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var page = await form.SubmitForPageAsync("form#tilfoej-formaal", new Dictionary<string, string?>
        {
            ["Input.Title"] = "",
            ["Input.Text"] = "At borgeren får en stabil hverdag.",
            ["Input.ReceivedOn"] = "2026-03-03",
            ["Input.Source"] = "",
            ["Input.SourceReference"] = "Sag 12-34",
            ["Input.CategoryId"] = await App.PurposeCategoryAsync(),
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Indtast en kort titel på formålet, fx \"Styre egen økonomi\".", page.FieldError("Input.Title"));
        Assert.Equal("Modtagelsesdatoen ligger i fremtiden.", page.FieldError("Input.ReceivedOn"));
        Assert.Equal("Vælg, hvor formålet kommer fra.", page.FieldError("Input.Source"));
        Assert.Null(page.FieldError("Input.Text"));
        Assert.Equal("At borgeren får en stabil hverdag.", page.FieldValue("Input.Text", "form#tilfoej-formaal"));
        Assert.Equal("2026-03-03", page.FieldValue("Input.ReceivedOn", "form#tilfoej-formaal"));
        Assert.Equal("Sag 12-34", page.FieldValue("Input.SourceReference", "form#tilfoej-formaal"));
        Assert.Equal(3, page.ErrorSummary.Count);
        Assert.Empty(await PurposesAsync(App, child.Id));
        var row = await App.SingleAuditRowAsync(before, "A refused purpose");
        Assert.Equal(AuditAction.Read, row.Action);
    }

    [Fact]
    public async Task A_revision_received_before_the_current_wording_is_refused_at_the_field_and_the_new_text_is_kept()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{child.Id}/formaal";
        await anne.PostFormAsync(url, "form#tilfoej-formaal", NewPurpose(await App.PurposeCategoryAsync(), "Relationer", "At barnet har venner.", "2026-02-01")).AssertRedirectAsync();
        var purpose = Assert.Single(await PurposesAsync(App, child.Id));

        var page = await anne.PostFormForPageAsync($"{url}?revider={purpose.Id}", "form[action*='handler=Revise']", new Dictionary<string, string?>
        {
            ["Revision.Text"] = "At barnet har en fast ven i klassen.",
            ["Revision.ReceivedOn"] = "2026-01-31",
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Den gældende formulering er modtaget 01-02-2026. En revision skal være modtaget samme dag eller senere.", page.FieldError("Revision.ReceivedOn"));
        Assert.Equal("At barnet har en fast ven i klassen.", page.FieldValue("Revision.Text", "form[action*='handler=Revise']"));
        Assert.Single(Assert.Single(await PurposesAsync(App, child.Id)).Revisions);
    }

    [Fact]
    public async Task Two_revisions_on_the_same_wording_the_second_sees_the_stored_one_and_nothing_is_lost()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{child.Id}/formaal";
        await anne.PostFormAsync(url, "form#tilfoej-formaal", NewPurpose(await App.PurposeCategoryAsync(), "Økonomi", "At borgeren styrer sine lommepenge.")).AssertRedirectAsync();
        var purpose = Assert.Single(await PurposesAsync(App, child.Id));
        const string form = "form[action*='handler=Revise']";
        var annes = (await anne.GetPageAsync($"{url}?revider={purpose.Id}")).AssertStatus(HttpStatusCode.OK);
        var mettes = (await mette.GetPageAsync($"{url}?revider={purpose.Id}")).AssertStatus(HttpStatusCode.OK);

        await annes.SubmitAsync(form, new Dictionary<string, string?> { ["Revision.Text"] = "Annes formulering.", ["Revision.ReceivedOn"] = "2026-02-01" }).AssertRedirectAsync();
        var before = await App.LastAuditIdAsync();
        var conflict = await mettes.SubmitForPageAsync(form, new Dictionary<string, string?> { ["Revision.Text"] = "Mettes formulering.", ["Revision.ReceivedOn"] = "2026-02-02" });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(conflict.ErrorSummary, m => m.StartsWith("En anden har revideret formålet, mens du skrev.", StringComparison.Ordinal));
        Assert.Equal("Mettes formulering.", conflict.FieldValue("Revision.Text", form));
        var shown = conflict.Document.QuerySelector("section[aria-labelledby='konflikt']")!.TextContent;
        Assert.Contains("Annes formulering.", shown, StringComparison.Ordinal);
        Assert.Contains("Mettes formulering.", shown, StringComparison.Ordinal);
        Assert.Equal(AuditAction.Read, (await App.SingleAuditRowAsync(before, "A conflicting revision")).Action);
        var stored = Assert.Single(await PurposesAsync(App, child.Id));
        Assert.Equal(2, stored.Revisions.Count);
        Assert.Equal("Annes formulering.", stored.Current!.Text);

        // Saving again from the conflict page adds Mette's wording as the newest.
        await conflict.SubmitAsync(form).AssertRedirectAsync();
        stored = Assert.Single(await PurposesAsync(App, child.Id));
        Assert.Equal(3, stored.Revisions.Count);
        Assert.Equal("Mettes formulering.", stored.Current!.Text);
    }

    [Fact]
    public async Task Without_a_purpose_the_page_and_the_list_say_Formaal_mangler_with_the_caseworkers_contact_data()
    {
        var without = await App.NewChildAsync();
        var with = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.PostFormAsync($"/borgere/{with.Id}/formaal", "form#tilfoej-formaal", NewPurpose(await App.PurposeCategoryAsync(), "Trivsel", "At barnet trives.")).AssertRedirectAsync();

        var page = (await anne.GetPageAsync($"/borgere/{without.Id}/formaal")).AssertStatus(HttpStatusCode.OK);
        var warning = page.Document.QuerySelector(".alert-warning")!.TextContent;
        Assert.Contains("Formål mangler – efterspørg hos kommunen", warning, StringComparison.Ordinal);
        Assert.Contains("Kirsten Rådgiversen", warning, StringComparison.Ordinal);
        Assert.Contains("kirsten@aalborg.demo.dk", warning, StringComparison.Ordinal);
        Assert.Contains("99 31 31 31", warning, StringComparison.Ordinal);
        Assert.Null((await anne.GetPageAsync($"/borgere/{with.Id}/formaal")).Document.QuerySelector(".app-purpose-missing"));

        var list = (await anne.GetPageAsync("/borgere?q=Planesen")).AssertStatus(HttpStatusCode.OK);
        string RowOf(string firstName) => list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(firstName + " ", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Formål mangler", RowOf(without.FirstName), StringComparison.Ordinal);
        Assert.DoesNotContain("Formål mangler", RowOf(with.FirstName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_care_worker_outside_the_contact_team_reads_the_purposes_but_may_not_add()
    {
        var child = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddYears(-9));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{child.Id}/formaal";
        var annesForm = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);

        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Null(page.Document.QuerySelector("form#tilfoej-formaal"));

        // Even with a valid token, the post is refused and recorded as a denial.
        var before = await App.LastAuditIdAsync();
        var fields = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the page (the log-out form has one).");
        var response = await mette.PostRawAsync(url + "?handler=Add", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = fields, ["Input.Title"] = "X", ["Input.Text"] = "Y", ["Input.ReceivedOn"] = "2026-01-01", ["Input.Source"] = "Order",
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AuditAction.Denied, (await App.SingleAuditRowAsync(before, "A refused add")).Action);
        Assert.Empty(await PurposesAsync(App, child.Id));
        Assert.NotNull(annesForm.Document.QuerySelector("form#tilfoej-formaal"));
    }
}
