using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>/borgere/{id}/plan/skabelon: the move from ICS to VUM around the 18th birthday keeps every assessment.</summary>
public sealed class TemplateTransitionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static async Task AssessAsync(BrowserlessClient client, Guid citizenId, string key, string resources) =>
        await (await client.GetPageAsync($"/borgere/{citizenId}/plan/tema/{key}")).AssertStatus(HttpStatusCode.OK)
            .SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Resources"] = resources }).AssertRedirectAsync();

    [Fact]
    public async Task Moving_to_the_adults_template_keeps_matching_assessments_and_shows_the_others_as_from_the_earlier_template()
    {
        // Turns 18 in two months: still on the children's template, the move is offered.
        var young = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddMonths(2).AddYears(-18), null, DemoUsers.Mette);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        await mette.CreatePlanAsync(young.Id);
        Assert.Equal(TemplateKind.Ics, await App.TemplateKindOfAsync(young.Id));
        await AssessAsync(mette, young.Id, "sundhed", "Tager selv sin medicin.");
        await AssessAsync(mette, young.Id, "kommunikation", "Taler i hele sætninger.");
        await AssessAsync(mette, young.Id, "skole", "Går i 10. klasse.");
        await AssessAsync(mette, young.Id, "foelelser", "Bliver hurtigt vred ved ændringer.");

        var plan = (await mette.GetPageAsync($"/borgere/{young.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.NotNull(plan.Document.QuerySelector("#om-planen a[href$='/plan/skabelon']"));
        Assert.Contains("Planen skal overgå til voksenskabelonen (VUM).", plan.Document.QuerySelector("#om-planen")!.TextContent, StringComparison.Ordinal);

        var overview = (await mette.GetPageAsync($"/borgere/{young.Id}/plan/skabelon")).AssertStatus(HttpStatusCode.OK);
        var card = overview.Document.QuerySelector("section[aria-labelledby='skift-voksen']")!;
        var lists = card.QuerySelectorAll("ul").Select(u => u.TextContent).ToList();
        Assert.Contains("Sundhedsforhold → Sundhed og trivsel", lists[0], StringComparison.Ordinal);
        Assert.Contains("Kommunikationsforhold → Kommunikation", lists[0], StringComparison.Ordinal);
        Assert.Contains("Følelses- og adfærdsmæssige forhold", lists[1], StringComparison.Ordinal);
        Assert.Contains("Skoleforhold", lists[1], StringComparison.Ordinal);
        Assert.Contains("Socialt liv", lists[2], StringComparison.Ordinal);

        var before = await App.LastAuditIdAsync();
        await overview.SubmitAsync("section[aria-labelledby='skift-voksen'] form").AssertRedirectAsync();
        var row = await App.SingleAuditRowAsync(before, "The template move");
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Contains("til VUM – voksne version 1", row.Detail, StringComparison.Ordinal);

        Assert.Equal(TemplateKind.Vum, await App.TemplateKindOfAsync(young.Id));
        Assert.Equal(4, (await App.AssessmentsAsync(young.Id)).Count);
        plan = (await mette.GetPageAsync($"/borgere/{young.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        var health = plan.Document.QuerySelector("#tema-sundhed")!;
        Assert.Contains("Sundhed og trivsel", health.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tager selv sin medicin.", health.TextContent, StringComparison.Ordinal);
        Assert.NotNull(health.QuerySelector("a[href$='/plan/tema/sundhed']"));
        var school = plan.Document.QuerySelector("#tema-skole")!;
        Assert.Contains("app-theme-earlier", school.ClassName, StringComparison.Ordinal);
        Assert.Contains("Fra tidligere skabelon: Skoleforhold", school.TextContent, StringComparison.Ordinal);
        Assert.Contains("Går i 10. klasse.", school.TextContent, StringComparison.Ordinal);
        Assert.Null(school.QuerySelector("a"));
        Assert.Contains("Fra tidligere skabelon: Følelses- og adfærdsmæssige forhold", plan.Document.QuerySelector("#tema-foelelser")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(8, plan.Document.QuerySelectorAll("#udredning .app-theme:not(.app-theme-earlier)").Length);

        // The earlier themes are read-only; the shared ones are edited under the new template.
        Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync($"/borgere/{young.Id}/plan/tema/skole")).StatusCode);
        var edit = (await mette.GetPageAsync($"/borgere/{young.Id}/plan/tema/sundhed")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Tager selv sin medicin.", edit.FieldValue("Input.Resources"));

        // Nothing more to move.
        var after = (await mette.GetPageAsync($"/borgere/{young.Id}/plan/skabelon")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Der er ikke noget skabelonskift at foretage.", after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_far_from_18_is_offered_no_move()
    {
        var child = await App.NewChildAsync(years: 12);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(child.Id);

        var page = (await anne.GetPageAsync($"/borgere/{child.Id}/plan/skabelon")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Der er ikke noget skabelonskift at foretage.", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.DoesNotContain("Planen skal overgå til voksenskabelonen", (await anne.GetPageAsync($"/borgere/{child.Id}/plan")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_confirmed_on_a_stale_page_changes_nothing()
    {
        var young = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddMonths(1).AddYears(-18), null, DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.CreatePlanAsync(young.Id);
        var overview = (await anne.GetPageAsync($"/borgere/{young.Id}/plan/skabelon")).AssertStatus(HttpStatusCode.OK);
        // Someone changes the plan in between.
        await anne.PostFormAsync($"/borgere/{young.Id}/plan/revisionsdato", overrides: new Dictionary<string, string?> { ["Input.RevisionOn"] = "2026-06-01" }).AssertRedirectAsync();

        var page = await overview.SubmitForPageAsync("section[aria-labelledby='skift-voksen'] form");

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(page.ErrorSummary, m => m.StartsWith("En anden har ændret planen, mens du så på siden.", StringComparison.Ordinal));
        Assert.Equal(TemplateKind.Ics, await App.TemplateKindOfAsync(young.Id));
    }
}
