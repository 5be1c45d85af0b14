using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>Interventions (what staff do) and external collaborators on a goal: added and removed with small forms, each audited once.</summary>
public sealed class GoalWorkTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task An_intervention_is_added_and_removed_with_one_audit_row_each()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Emil smører madpakke hver dag");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var added = await page.SubmitAsync("#intervention-form", new Dictionary<string, string?>
        {
            ["NewIntervention.What"] = "Kontaktpersonen står ved siden af og guider med billedstøtte",
            ["NewIntervention.HowOften"] = "Hver morgen på hverdage",
            ["NewIntervention.Who"] = "Morgenvagten",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(url + "#indsatser", added.Headers.Location!.OriginalString);
        var intervention = Assert.Single((await App.FindGoalAsync(goal.Id))!.Interventions);
        Assert.Equal(("Kontaktpersonen står ved siden af og guider med billedstøtte", "Hver morgen på hverdage", "Morgenvagten"),
            (intervention.What, intervention.HowOften, intervention.Who));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, citizen.Id, "Mål: indsats tilføjet"), (row.Action, row.CitizenId, row.Subject));

        page = (await mette.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var table = page.Document.QuerySelector("[aria-label='Indsatser'] table")!;
        Assert.Contains("Morgenvagten", table.TextContent, StringComparison.Ordinal);
        var removeForm = $"form[action*='handler=RemoveIntervention'][action*='interventionId={intervention.Id}']";
        before = await App.LastAuditIdAsync();

        var removed = await page.SubmitAsync(removeForm);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await App.FindGoalAsync(goal.Id))!.Interventions);
        row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Delete, "Mål: indsats fjernet"), (row.Action, row.Subject));
        // The goal itself is untouched by its interventions.
        Assert.Equal(0, (await App.FindGoalAsync(goal.Id))!.Version);
    }

    [Fact]
    public async Task A_collaborator_is_added_and_removed_with_one_audit_row_each()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Laura går 500 meter med rollator hver dag");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var page = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(page.Document.QuerySelectorAll("#NewCollaborator_Kind option"), o => o.TextContent == "Fysioterapeut");
        var before = await App.LastAuditIdAsync();

        var added = await page.SubmitAsync("#collaborator-form", new Dictionary<string, string?>
        {
            ["NewCollaborator.Kind"] = nameof(CollaboratorKind.Physiotherapist),
            ["NewCollaborator.Name"] = "Fysioterapeut Jens Holm, Kommunal Genoptræning",
            ["NewCollaborator.HowTheyTakePart"] = "Lægger træningsprogrammet og ser Laura hver 14. dag.",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var collaborator = Assert.Single((await App.FindGoalAsync(goal.Id))!.Collaborators);
        Assert.Equal(CollaboratorKind.Physiotherapist, collaborator.Kind);
        Assert.Equal("Lægger træningsprogrammet og ser Laura hver 14. dag.", collaborator.HowTheyTakePart);
        var created = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, "Mål: samarbejdspartner tilføjet"), (created.Action, created.Subject));

        page = await anne.GetPageAsync(url);
        Assert.Contains("Fysioterapeut Jens Holm", page.Document.QuerySelector("[aria-label='Samarbejdspartnere'] table")!.TextContent, StringComparison.Ordinal);
        before = await App.LastAuditIdAsync();
        var removed = await page.SubmitAsync($"form[action*='handler=RemoveCollaborator'][action*='collaboratorId={collaborator.Id}']");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await App.FindGoalAsync(goal.Id))!.Collaborators);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Delete, "Mål: samarbejdspartner fjernet"), (row.Action, row.Subject));
    }

    [Fact]
    public async Task Incomplete_small_forms_are_refused_at_the_field_and_the_goal_form_stays_intact()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Mads tager sin medicin hver morgen");
        var url = $"/borgere/{citizen.Id}/maal/{goal.Id}/rediger";
        var page = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);

        var intervention = await page.SubmitForPageAsync("#intervention-form", new Dictionary<string, string?>
        {
            ["NewIntervention.What"] = " ",
            ["NewIntervention.HowOften"] = "Hver morgen",
        });
        intervention.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv, hvad medarbejderne gør.", intervention.FieldError("NewIntervention.What"));
        Assert.Equal("Hver morgen", intervention.FieldValue("NewIntervention.HowOften", "#intervention-form"));
        Assert.Equal(goal.Text, intervention.FieldValue("Input.Text", "#goal-form"));

        var collaborator = await page.SubmitForPageAsync("#collaborator-form", new Dictionary<string, string?>
        {
            ["NewCollaborator.Kind"] = "",
            ["NewCollaborator.Name"] = "Egen læge",
            ["NewCollaborator.HowTheyTakePart"] = "",
        });
        Assert.Equal("Vælg, hvilken samarbejdspartner det er.", collaborator.FieldError("NewCollaborator.Kind"));
        Assert.Equal("Skriv, hvordan samarbejdspartneren indgår i arbejdet med målet.", collaborator.FieldError("NewCollaborator.HowTheyTakePart"));
        Assert.Equal("Egen læge", collaborator.FieldValue("NewCollaborator.Name", "#collaborator-form"));

        var stored = (await App.FindGoalAsync(goal.Id))!;
        Assert.Empty(stored.Interventions);
        Assert.Empty(stored.Collaborators);
    }
}
