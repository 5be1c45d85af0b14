using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Formaal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>/borgere/{id}/plan/udskriv: the whole plan as a clean A4 document, read and audited.</summary>
public sealed class PrintTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_print_view_holds_the_plans_texts_without_navigation_and_is_audited_as_a_read()
    {
        var child = await App.NewChildAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var formaal = $"/borgere/{child.Id}/formaal";
        await mette.PostFormAsync(formaal, "form#tilfoej-formaal", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Skolegang", ["Input.Text"] = "At barnet kommer i skole hver dag.", ["Input.ReceivedOn"] = "2026-01-15",
            ["Input.Source"] = nameof(PurposeSource.ActionPlan140), ["Input.CategoryId"] = await App.PurposeCategoryAsync(),
        }).AssertRedirectAsync();
        await mette.CreatePlanAsync(child.Id);
        var plan = $"/borgere/{child.Id}/plan";
        await mette.PostFormAsync($"{plan}/perspektiv", overrides: new Dictionary<string, string?>
        {
            ["Input.CitizenPerspective"] = "Vil gerne spille fodbold.\nOg se sin farmor.", ["Input.Participation"] = "Samtale med barnet og mor.",
        }).AssertRedirectAsync();
        await mette.PostFormAsync($"{plan}/tema/sundhed", overrides: new Dictionary<string, string?> { ["Input.SupportNeed"] = "Hjælp til <tandbørstning>." }).AssertRedirectAsync();
        await mette.PostFormAsync($"{plan}/metoder", "form#tilfoej-metode", new Dictionary<string, string?> { ["Method.CatalogueName"] = "Marte Meo", ["Method.HowPractised"] = "Video ved måltider." }).AssertRedirectAsync();
        var before = await App.LastAuditIdAsync();

        var page = (await mette.GetPageAsync($"{plan}/udskriv")).AssertStatus(HttpStatusCode.OK);

        var row = await App.SingleAuditRowAsync(before, "The print view");
        Assert.Equal((AuditAction.Read, "Plan: udskrift"), (row.Action, row.Subject));
        var doc = page.Document;
        Assert.Empty(doc.QuerySelectorAll("nav, header.app-header, footer, .app-tabs"));
        Assert.DoesNotContain("Hovedmenu", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Log ud", page.Html, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("link[href^='/css/print.css']"));
        Assert.Null(doc.QuerySelector("link[href*='dkfds']"));
        Assert.Equal("Individuel plan", doc.QuerySelector("h1")!.TextContent);
        var text = doc.Body!.TextContent.Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains(child.FullName, text, StringComparison.Ordinal);
        Assert.Contains(child.CprDigits[..6] + "-xxxx", text, StringComparison.Ordinal);
        Assert.DoesNotContain(child.CprDigits, page.Html, StringComparison.Ordinal);
        Assert.Contains("Udskrevet 02-03-2026", text, StringComparison.Ordinal);
        Assert.Contains("Internt arbejdsdokument", text, StringComparison.Ordinal);
        Assert.Contains("At barnet kommer i skole hver dag.", text, StringComparison.Ordinal);
        Assert.Contains("Vil gerne spille fodbold.\nOg se sin farmor.", text, StringComparison.Ordinal);
        Assert.Contains("Hjælp til <tandbørstning>.", text, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("tandbørstning"));
        Assert.Contains("Marte Meo", text, StringComparison.Ordinal);
        Assert.Contains("Video ved måltider.", text, StringComparison.Ordinal);
        Assert.Contains("ICS – børn og unge, version 1", text, StringComparison.Ordinal);
        Assert.Equal(["Om planen", "Formålet med indsatsen", "Borgerens perspektiv", "Udredning", "Mål og delmål", "Faglige tilgange og metoder", "Autonomt kompas", "DPU – Dansk pædagogisk udviklingsbeskrivelse"],
            doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.All(doc.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
    }

    [Fact]
    public async Task Without_a_plan_the_print_view_says_so()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync($"/borgere/{child.Id}/plan/udskriv")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Borgeren har endnu ingen individuel plan.", page.MainText, StringComparison.Ordinal);
    }
}
