using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>/borgere/{id}/plan without a plan: "Opret plan" on the template the citizen's age calls for.</summary>
public sealed class CreatePlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_child_gets_the_ICS_template_with_an_open_first_period_and_one_Create_audit_row()
    {
        // A demo child in Mette's contact team, well under 18.
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        var child = (await App.CitizensInAsync(DemoUsers.Maagen))
            .First(c => c.DischargedOn is null && c.ContactTeam.Any(m => m.UserId == metteId) && AgeRules.AgeOn(c.BirthDate, PlanTestKit.Today) < 17);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/borgere/{child.Id}/plan";

        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Borgeren har endnu ingen individuel plan", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Efter borgerens alder: ICS – børn og unge", page.MainText, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();
        var response = await page.SubmitAsync("form[action*='handler=Create']").AssertRedirectAsync();

        Assert.Equal(url, response.RedirectPath());
        Assert.Equal(TemplateKind.Ics, await App.TemplateKindOfAsync(child.Id));
        var row = await App.SingleAuditRowAsync(before, "Creating a plan");
        Assert.Equal((AuditAction.Create, child.Id, "Plan"), (row.Action, row.CitizenId, row.Subject));
        await using var db = App.CreateSystemDbContext();
        var plan = await App.PlanOfAsync(child.Id);
        var period = await db.PlanPeriods.IgnoreQueryFilters().SingleAsync(p => p.PlanId == plan.Id);
        Assert.Equal((1, PlanTestKit.Today, (DateOnly?)null), (period.Number, period.StartedOn, period.ClosedOn));

        var shown = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Planen er oprettet.", shown.Document.QuerySelector(".alert-success")?.TextContent.Trim());
        Assert.Contains("ICS – børn og unge, version 1", shown.Document.QuerySelector("#om-planen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, shown.Document.QuerySelectorAll("#udredning .app-theme").Length);
    }

    [Fact]
    public async Task A_young_person_who_just_turned_18_in_a_childrens_offer_gets_the_VUM_template()
    {
        // The demo's Ternen citizen who turned 18 last month: age decides, not the offer.
        var citizens = await App.CitizensInAsync(DemoUsers.Ternen);
        var adult = citizens.Single(c => c.DischargedOn is null && AgeRules.AgeOn(c.BirthDate, PlanTestKit.Today) == 18);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        await lars.CreatePlanAsync(adult.Id);

        Assert.Equal(TemplateKind.Vum, await App.TemplateKindOfAsync(adult.Id));
        var page = (await lars.GetPageAsync($"/borgere/{adult.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(8, page.Document.QuerySelectorAll("#udredning .app-theme").Length);
        Assert.Contains("Sundhed og trivsel", page.Document.QuerySelector("#udredning")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adult_in_an_adults_offer_gets_the_VUM_template()
    {
        var adult = await App.CitizenAsync(DemoUsers.Birken);
        using var peter = await fixture.SignInAsync(DemoUsers.Peter);

        await peter.CreatePlanAsync(adult.Id);

        Assert.Equal(TemplateKind.Vum, await App.TemplateKindOfAsync(adult.Id));
    }

    [Fact]
    public async Task The_FFB_template_can_be_chosen_instead()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        await anne.CreatePlanAsync(child.Id, "ffb");

        Assert.Equal(TemplateKind.Ffb, await App.TemplateKindOfAsync(child.Id));
    }

    [Fact]
    public async Task An_unknown_template_choice_is_refused_at_the_field()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = await anne.PostFormForPageAsync($"/borgere/{child.Id}/plan", "form[action*='handler=Create']", new Dictionary<string, string?> { ["Input.Template"] = "xyz" });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.StartsWith("Tilbuddet har ikke den valgte skabelon.", page.FieldError("Input.Template"), StringComparison.Ordinal);
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.Plans.IgnoreQueryFilters().AnyAsync(p => p.CitizenId == child.Id));
    }

    [Fact]
    public async Task A_second_create_changes_nothing_a_citizen_has_one_plan()
    {
        var child = await App.NewChildAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/borgere/{child.Id}/plan")).AssertStatus(HttpStatusCode.OK);
        await page.SubmitAsync("form[action*='handler=Create']").AssertRedirectAsync();

        // The same (now stale) form posted again.
        await page.SubmitAsync("form[action*='handler=Create']").AssertRedirectAsync();

        await using var db = App.CreateSystemDbContext();
        Assert.Equal(1, await db.Plans.IgnoreQueryFilters().CountAsync(p => p.CitizenId == child.Id));
    }

    [Fact]
    public async Task A_care_worker_outside_the_contact_team_sees_the_plan_but_cannot_create_or_edit_it()
    {
        var child = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddYears(-8));
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{child.Id}/plan";

        var empty = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Null(empty.Document.QuerySelector("form[action*='handler=Create']"));
        Assert.Contains("Borgerens kontaktteam eller en leder opretter planen.", empty.MainText, StringComparison.Ordinal);

        await anne.CreatePlanAsync(child.Id);
        var plan = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.DoesNotContain(plan.Document.QuerySelectorAll("main a"), a => a.TextContent.StartsWith("Rediger", StringComparison.Ordinal));
        Assert.NotNull(plan.Document.QuerySelector("a[href$='/plan/udskriv']"));
        foreach (var page in new[] { "perspektiv", "tilfoejelser", "metoder", "kompas", "dpu", "revisionsdato", "skabelon", "tema/sundhed" })
        {
            var before = await App.LastAuditIdAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync($"{url}/{page}")).StatusCode);
            Assert.Equal(AuditAction.Denied, (await App.SingleAuditRowAsync(before, $"GET /plan/{page} by a non-editor")).Action);
        }
    }
}
