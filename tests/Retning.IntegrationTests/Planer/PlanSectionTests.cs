using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>The plan-wide forms: perspective, the offer's additions, methods, compass, DPU, revision date; the plan's version guards them.</summary>
public sealed class PlanSectionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_blank_perspective_without_no_wishes_and_a_blank_participation_are_refused_at_the_fields_and_the_input_is_kept()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/perspektiv";
        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var page = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.CitizenPerspective"] = "  ", ["Input.Participation"] = "" });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Beskriv borgerens perspektiv og ønsker, eller markér, at borgeren ikke har ønsker til mål.", page.FieldError("Input.CitizenPerspective"));
        Assert.Equal("Beskriv, hvordan og i hvilket omfang borgeren, forældremyndighedsindehavere, værge eller netværk har deltaget.", page.FieldError("Input.Participation"));
        Assert.Equal(AuditAction.Read, (await App.SingleAuditRowAsync(before, "A refused perspective")).Action);

        // Only the participation missing: the perspective typed stays in the form.
        page = await page.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.CitizenPerspective"] = "Vil gerne cykle i skole.\nSelv.", ["Input.Participation"] = "" });
        Assert.Null(page.FieldError("Input.CitizenPerspective"));
        Assert.NotNull(page.FieldError("Input.Participation"));
        Assert.Equal("Vil gerne cykle i skole.\nSelv.", page.FieldValue("Input.CitizenPerspective")?.Replace("\r", "", StringComparison.Ordinal));
        Assert.Null((await App.PlanOfAsync(child.Id)).CitizenPerspective);
    }

    [Fact]
    public async Task A_documented_no_wishes_with_participation_is_saved_and_shown()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var form = (await mette.GetPageAsync($"/borgere/{child.Id}/plan/perspektiv")).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var saved = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.CitizenPerspective"] = "",
            ["Input.NoWishes"] = "true",
            ["Input.Participation"] = "Drøftet med mor og far på statusmødet.",
        }).AssertRedirectAsync();

        Assert.Equal(AuditAction.Update, (await App.SingleAuditRowAsync(before, "Saving the perspective")).Action);
        var plan = await App.PlanOfAsync(child.Id);
        Assert.True(plan.NoWishes);
        Assert.Equal("Drøftet med mor og far på statusmødet.", plan.Participation);
        var page = (await mette.GetPageAsync(saved.Headers.Location!.OriginalString)).AssertStatus(HttpStatusCode.OK);
        var section = page.Document.QuerySelector("#perspektiv")!.TextContent;
        Assert.Contains("Borgeren har ingen ønsker til mål – dokumenteret", section, StringComparison.Ordinal);
        Assert.Contains("Drøftet med mor og far på statusmødet.", section, StringComparison.Ordinal);
        Assert.True((await mette.GetPageAsync($"/borgere/{child.Id}/plan/perspektiv")).Document.QuerySelector("#Input_NoWishes")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Two_people_saving_plan_wide_fields_the_second_sees_both_versions_and_nothing_is_overwritten()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/tilfoejelser";
        var annes = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var mettes = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);

        await annes.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.OfferAdditions"] = "Annes tilføjelse." }).AssertRedirectAsync();
        var conflict = await mettes.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.OfferAdditions"] = "Mettes tilføjelse." });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(conflict.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer i planen, mens du redigerede.", StringComparison.Ordinal));
        Assert.Equal("Mettes tilføjelse.", conflict.FieldValue("Input.OfferAdditions"));
        Assert.Contains("Annes tilføjelse.", conflict.Document.QuerySelector("section[aria-labelledby='konflikt']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Annes tilføjelse.", (await App.PlanOfAsync(child.Id)).OfferAdditions);
    }

    [Fact]
    public async Task Methods_come_from_the_catalogue_or_by_name_each_with_how_it_is_practised_and_can_be_removed()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/metoder";
        const string add = "form#tilfoej-metode";

        var both = await mette.PostFormForPageAsync(url, add, new Dictionary<string, string?> { ["Method.CatalogueName"] = "Low arousal", ["Method.FreeName"] = "Egen metode", ["Method.HowPractised"] = "x" });
        Assert.Equal("Vælg en metode fra kataloget eller skriv et navn – ikke begge.", both.FieldError("Method.FreeName"));
        var none = await mette.PostFormForPageAsync(url, add, new Dictionary<string, string?> { ["Method.HowPractised"] = "Hver morgen." });
        Assert.Equal("Vælg en metode fra tilbuddets katalog, eller skriv navnet på en anden metode.", none.FieldError("Method.CatalogueName"));
        Assert.Equal("Hver morgen.", none.FieldValue("Method.HowPractised", add));

        var form = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();
        await form.SubmitAsync(add, new Dictionary<string, string?> { ["Method.CatalogueName"] = "Low arousal", ["Method.HowPractised"] = "Rolig stemme og få krav,\nnår barnet er uroligt." }).AssertRedirectAsync();
        Assert.Equal(AuditAction.Create, (await App.SingleAuditRowAsync(before, "Adding a method")).Action);
        await mette.PostFormAsync(url, add, new Dictionary<string, string?> { ["Method.FreeName"] = "Sociale historier", ["Method.HowPractised"] = "Før nye aktiviteter." }).AssertRedirectAsync();
        var duplicate = await mette.PostFormForPageAsync(url, add, new Dictionary<string, string?> { ["Method.CatalogueName"] = "Low arousal", ["Method.HowPractised"] = "Igen." });
        Assert.Equal("Metoden er allerede valgt for borgeren.", duplicate.FieldError("Method.CatalogueName"));
        await mette.PostFormAsync(url, "form#tilgange", new Dictionary<string, string?> { ["Input.ApproachesText"] = "Anerkendende tilgang i hverdagen." }).AssertRedirectAsync();

        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        var rows = plan.Document.QuerySelectorAll("#metoder tbody tr").Select(r => r.TextContent.Replace("\r", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Low arousal", rows[0], StringComparison.Ordinal);
        Assert.Contains("Rolig stemme og få krav,\nnår barnet er uroligt.", rows[0], StringComparison.Ordinal);
        Assert.Contains("Sociale historier", rows[1], StringComparison.Ordinal);
        Assert.Contains("Anerkendende tilgang i hverdagen.", plan.Document.QuerySelector("#metoder")!.TextContent, StringComparison.Ordinal);

        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        before = await App.LastAuditIdAsync();
        await page.SubmitAsync("form[action*='handler=RemoveMethod']").AssertRedirectAsync();
        Assert.Equal(AuditAction.Delete, (await App.SingleAuditRowAsync(before, "Removing a method")).Action);
        Assert.Single((await mette.GetPageAsync(url)).Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task The_compass_is_flagged_half_a_year_after_enrolment_while_empty_and_a_saved_compass_is_dated_today()
    {
        var child = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddYears(-12), PlanTestKit.Today.AddMonths(-7), DemoUsers.Mette);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Det autonome kompas skulle være påbegyndt", plan.Document.QuerySelector("#kompas")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Næste DPU senest " + PlanTestKit.Today.AddMonths(5).ToDanishDate(), plan.Document.QuerySelector("#dpu")!.TextContent, StringComparison.Ordinal);

        await mette.PostFormAsync($"/borgere/{child.Id}/plan/kompas", overrides: new Dictionary<string, string?> { ["Input.ParasympatheticComfort"] = "Tæppe og rolig musik." }).AssertRedirectAsync();

        var stored = await App.PlanOfAsync(child.Id);
        Assert.Equal(("Tæppe og rolig musik.", (DateOnly?)PlanTestKit.Today), (stored.ParasympatheticComfort, stored.CompassUpdatedOn));
        plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain("skulle være påbegyndt", plan.Document.QuerySelector("#kompas")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tæppe og rolig musik.", plan.Document.QuerySelector("#kompas table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_DPU_is_added_with_its_date_and_moves_the_next_due_date_two_years_on()
    {
        var child = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddYears(-12), PlanTestKit.Today.AddMonths(-14), DemoUsers.Mette);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Næste DPU skulle være udarbejdet senest", plan.Document.QuerySelector("#dpu")!.TextContent, StringComparison.Ordinal);
        var url = $"/borgere/{child.Id}/plan/dpu";

        var future = await mette.PostFormForPageAsync(url, overrides: new Dictionary<string, string?> { ["Input.MadeOn"] = "2026-03-03", ["Input.Summary"] = "Behold mig." });
        Assert.Equal("Datoen ligger i fremtiden.", future.FieldError("Input.MadeOn"));
        Assert.Equal("Behold mig.", future.FieldValue("Input.Summary"));
        await mette.PostFormAsync(url, overrides: new Dictionary<string, string?> { ["Input.MadeOn"] = "2026-02-10", ["Input.Summary"] = "Sproglig udvikling under alder." }).AssertRedirectAsync();

        plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        var dpu = plan.Document.QuerySelector("#dpu")!.TextContent;
        Assert.Contains("Næste DPU senest 10-02-2028", dpu, StringComparison.Ordinal);
        Assert.Contains("Sproglig udvikling under alder.", dpu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_revision_date_must_be_today_or_later()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(child.Id);
        var url = $"/borgere/{child.Id}/plan/revisionsdato";

        var past = await mette.PostFormForPageAsync(url, overrides: new Dictionary<string, string?> { ["Input.RevisionOn"] = "2026-03-01" });
        Assert.Equal("Revisionsdatoen skal ligge i dag eller senere.", past.FieldError("Input.RevisionOn"));
        var invalid = await mette.PostFormForPageAsync(url, overrides: new Dictionary<string, string?> { ["Input.RevisionOn"] = "31-02-2026" });
        Assert.NotNull(invalid.FieldError("Input.RevisionOn"));
        Assert.Equal("31-02-2026", invalid.FieldValue("Input.RevisionOn"));
        await mette.PostFormAsync(url, overrides: new Dictionary<string, string?> { ["Input.RevisionOn"] = "2026-09-01" }).AssertRedirectAsync();

        Assert.Equal(new DateOnly(2026, 9, 1), (await App.PlanOfAsync(child.Id)).RevisionOn);
        var plan = (await mette.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("01-09-2026", plan.Document.QuerySelector("#om-planen")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_form_page_without_a_plan_says_so_and_links_to_the_plan()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        foreach (var page in new[] { "perspektiv", "tilfoejelser", "metoder", "kompas", "dpu", "revisionsdato", "skabelon", "tema/sundhed" })
        {
            var shown = (await mette.GetPageAsync($"/borgere/{child.Id}/plan/{page}")).AssertStatus(HttpStatusCode.OK);
            Assert.Contains("Borgeren har endnu ingen individuel plan", shown.MainText, StringComparison.Ordinal);
            Assert.NotNull(shown.Document.QuerySelector($"main a[href='/borgere/{child.Id}/plan']"));
        }
    }
}
