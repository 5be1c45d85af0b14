using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Sletning;

/// <summary>The retention period is the offer's setting: the administrator keeps it on the offer form, and the rule follows it.</summary>
public sealed class OfferRetentionSettingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_administrator_sets_the_offers_period_within_1_to_30_years_and_the_citizens_dates_follow()
    {
        Guid offerId;
        await using (var db = App.CreateSystemDbContext())
        {
            var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
            offerId = await db.Departments.Where(d => d.Id == birken).Select(d => d.OfferId).SingleAsync();
        }

        var citizen = await App.NewCitizenAsync(DemoUsers.Birken);
        await App.DischargeAsync(citizen.Id, App.Today.AddYears(-7));
        using var peter = await fixture.SignInAsync(DemoUsers.Peter);
        Assert.Equal("Slettes", (await peter.GetPageAsync($"/borgere/{citizen.Id}/sletning")).Document.QuerySelector(".app-retention-state")!.TextContent.Trim());

        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var url = $"/admin/tilbud/{offerId}";
        var form = (await admin.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("5", form.FieldValue("Input.RetentionYears"));

        var refused = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.RetentionYears"] = "31" });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Opbevaringsperioden skal være mellem 1 og 30 år.", refused.FieldError("Input.RetentionYears"));
        Assert.Equal("31", refused.FieldValue("Input.RetentionYears"));

        var saved = await (await admin.GetPageAsync(url)).SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.RetentionYears"] = "10" });
        Assert.Equal(url, saved.RedirectPath());

        var page = await peter.GetPageAsync($"/borgere/{citizen.Id}/sletning");
        Assert.Equal("Opbevares", page.Document.QuerySelector(".app-retention-state")!.TextContent.Trim());
        Assert.Contains(App.Today.AddYears(3).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), page.Document.QuerySelector("#opbevaring")!.TextContent, StringComparison.Ordinal);
    }
}
