using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Sletning;

/// <summary>
/// /borgere/{id}/sletning and /sletning: a leader sets a legal hold with a reason (audited), lifts it
/// again; a missing reason is refused at the field; the overview shows what would be erased and
/// when, for the departments the leader leads only.
/// </summary>
public sealed class LegalHoldTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "form.app-hold-form";
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_leader_sets_a_hold_with_a_reason_and_lifts_it_each_audited_and_the_overview_follows()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen);
        await App.DischargeAsync(citizen.Id, App.Today.AddYears(-6));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/borgere/{citizen.Id}/sletning")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Slettes", page.Document.QuerySelector(".app-retention-state")!.TextContent.Trim());
        var overview = await anne.GetPageAsync("/sletning");
        Assert.Contains("Slettes", overview.Document.QuerySelector($"#borger-{citizen.Id}")!.TextContent, StringComparison.Ordinal);
        var before = await App.LastAuditIdAsync();

        var empty = await anne.ReadPageAsync(page.Url, await anne.PostFormAsync(page.Url, Form, new Dictionary<string, string?> { ["Input.Reason"] = " " }));
        Assert.Equal("Skriv, hvorfor borgerens oplysninger ikke må slettes.", empty.FieldError("Input.Reason"));
        Assert.Null((await App.CitizenByIdAsync(citizen.Id)).LegalHoldReason);

        var set = await anne.PostFormAsync(page.Url, Form, new Dictionary<string, string?> { ["Input.Reason"] = "Klage hos Ankestyrelsen, sag 123" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var stored = await App.CitizenByIdAsync(citizen.Id);
        Assert.Equal(("Klage hos Ankestyrelsen, sag 123", await App.FullNameAsync(DemoUsers.Anne)), (stored.LegalHoldReason, stored.LegalHoldSetBy));
        var held = await anne.GetPageAsync($"/borgere/{citizen.Id}/sletning");
        Assert.Equal("Tilbageholdt (sletning standset)", held.Document.QuerySelector(".app-retention-state")!.TextContent.Trim());
        Assert.Contains("Tilbageholdt", (await anne.GetPageAsync("/sletning")).Document.QuerySelector($"#borger-{citizen.Id}")!.TextContent, StringComparison.Ordinal);

        var lifted = await anne.PostToHandlerAsync(held, "Fjern", Form);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Null((await App.CitizenByIdAsync(citizen.Id)).LegalHoldReason);

        var audit = (await App.AuditEntriesSinceAsync(before)).Select(a => (a.Action, a.Subject)).ToList();
        Assert.Contains((AuditAction.Read, "Borger: tilbageholdelse (fejl i formular)"), audit);
        Assert.Contains((AuditAction.Update, "Borger: tilbageholdelse sat"), audit);
        Assert.Contains((AuditAction.Update, "Borger: tilbageholdelse ophævet"), audit);
    }

    [Fact]
    public async Task The_overview_shows_only_the_departments_one_leads()
    {
        var own = await App.NewCitizenAsync(DemoUsers.Maagen);
        var other = await App.NewCitizenAsync(DemoUsers.Ternen);
        await App.DischargeAsync(own.Id, App.Today.AddYears(-2));
        await App.DischargeAsync(other.Id, App.Today.AddYears(-2));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var page = (await anne.GetPageAsync("/sletning")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Opbevares", page.Document.QuerySelector($"#borger-{own.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(App.Today.AddYears(3).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Document.QuerySelector($"#borger-{own.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"#borger-{other.Id}"));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Search, null, "Sletning: oversigt"), (audit.Action, audit.CitizenId, audit.Subject));
    }
}
