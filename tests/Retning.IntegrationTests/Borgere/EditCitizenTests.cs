using System.Globalization;
using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Borgere;

/// <summary>/borgere/{id}/rediger: the one page with the full CPR number; one audit row per save; no lost updates.</summary>
public sealed class EditCitizenTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_full_CPR_number_is_shown_only_on_the_edit_page()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var full = Cpr.Format(citizen.CprDigits);
        var masked = citizen.CprDigits[..6] + "-xxxx";
        var serial = citizen.CprDigits[6..];

        var edit = (await anne.GetPageAsync($"/borgere/{citizen.Id}/rediger")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(full, edit.FieldValue("Input.Cpr"));

        var overview = (await anne.GetPageAsync($"/borgere/{citizen.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(masked, overview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(full, overview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CprDigits, overview.Html, StringComparison.Ordinal);

        var list = (await anne.GetPageAsync("/borgere?q=" + Uri.EscapeDataString(citizen.LastName))).AssertStatus(HttpStatusCode.OK);
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(citizen.FirstName, StringComparison.Ordinal));
        Assert.Contains(masked, row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(full, list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CprDigits[..6] + serial, list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_updates_the_citizen_and_writes_exactly_one_Update_audit_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var url = $"/borgere/{citizen.Id}/rediger";
        var form = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Municipality"] = "Hjørring Kommune",
            ["Input.CaseworkerName"] = "Jens Ny Rådgiver",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"A valid save should redirect, got {(int)response.StatusCode}: {BrowserlessClient.ErrorTexts(await response.Content.ReadAsStringAsync())}");
        Assert.Equal($"/borgere/{citizen.Id}", response.Headers.Location!.OriginalString);
        var stored = await App.CitizenByIdAsync(citizen.Id);
        Assert.Equal("Hjørring Kommune", stored.Municipality);
        Assert.Equal("Jens Ny Rådgiver", stored.CaseworkerName);
        Assert.Equal(citizen.CprDigits, stored.CprDigits);
        Assert.Equal(citizen.FirstName, stored.FirstName);
        Assert.Equal(citizen.Version + 1, stored.Version);

        var rows = await App.AuditEntriesSinceAsync(before);
        var row = Assert.Single(rows);
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Equal(citizen.Id, row.CitizenId);
        Assert.Equal(DemoUsers.Anne, row.UserName);
        // Written by the same SaveChanges as the change: the same (fake) clock reading.
        Assert.Equal(stored.UpdatedUtc, row.AtUtc);
    }

    [Fact]
    public async Task A_failed_validation_on_edit_keeps_the_input_and_saves_nothing()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var url = $"/borgere/{citizen.Id}/rediger";

        var page = await anne.PostFormForPageAsync(url, overrides: new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "",
            ["Input.Municipality"] = "Skal ikke gemmes Kommune",
            ["Input.DischargedOn"] = citizen.EnrolledOn.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Indtast fornavn.", page.FieldError("Input.FirstName"));
        Assert.Equal("Udskrivningsdatoen ligger før indskrivningsdatoen.", page.FieldError("Input.DischargedOn"));
        Assert.Equal("Skal ikke gemmes Kommune", page.FieldValue("Input.Municipality"));
        var stored = await App.CitizenByIdAsync(citizen.Id);
        Assert.Equal(citizen.FirstName, stored.FirstName);
        Assert.NotEqual("Skal ikke gemmes Kommune", stored.Municipality);
    }

    [Fact]
    public async Task Two_users_saving_the_same_citizen_the_second_sees_both_versions_and_nothing_is_overwritten()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var url = $"/borgere/{citizen.Id}/rediger";

        // Both open the form on the same version.
        var annesForm = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var larsForm = (await lars.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(annesForm.FieldValue("Input.Version"), larsForm.FieldValue("Input.Version"));
        var before = await App.LastAuditIdAsync();

        var first = await annesForm.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Municipality"] = "Annes Kommune" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await larsForm.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Municipality"] = "Lars' Kommune",
            ["Input.CaseworkerPhone"] = "11 22 33 44",
        });

        Assert.True(second.Status == HttpStatusCode.OK, $"The second save should show the conflict (200), got {(int)second.Status} {second.Response.Headers.Location}");
        Assert.Contains(second.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer på borgeren, mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        // His own input is still in the form, and the stored version is shown beside it.
        Assert.Equal("Lars' Kommune", second.FieldValue("Input.Municipality"));
        Assert.Equal("11 22 33 44", second.FieldValue("Input.CaseworkerPhone"));
        var storedSection = second.Document.QuerySelector("section[aria-labelledby='konflikt']");
        Assert.NotNull(storedSection);
        Assert.Contains("Annes Kommune", storedSection.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lars' Kommune", storedSection.TextContent, StringComparison.Ordinal);

        var stored = await App.CitizenByIdAsync(citizen.Id);
        Assert.Equal("Annes Kommune", stored.Municipality);
        Assert.Equal(citizen.CaseworkerPhone, stored.CaseworkerPhone);

        // One Update (Anne's); Lars' attempt is logged as a read of the conflict, never as an update.
        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.Update, AuditAction.Read], rows.Select(r => r.Action));
        Assert.Equal(DemoUsers.Anne, rows[0].UserName);
        Assert.Equal(DemoUsers.Lars, rows[1].UserName);

        // Saving again from the conflict page is a deliberate overwrite and succeeds.
        var again = await second.SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Lars' Kommune", (await App.CitizenByIdAsync(citizen.Id)).Municipality);
    }

    [Fact]
    public async Task A_care_worker_in_the_contact_team_may_edit_one_outside_it_may_not()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var hers = await App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette);
        var notHers = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);

        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"/borgere/{hers.Id}/rediger")).StatusCode);

        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync($"/borgere/{notHers.Id}/rediger")).StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Denied, row.Action);
        Assert.Equal(notHers.Id, row.CitizenId);
    }
}
