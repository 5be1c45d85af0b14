using System.Net;
using Retning.Domain.Citizens;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Borgere;

/// <summary>
/// A CPR number typed into the citizen search finds the citizen, but the audit row stores only the birth-date part
/// ("DDMMYY-xxxx"): the full number never lands in the log (docs/architecture.md, "House rules").
/// </summary>
public sealed class CprSearchAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Theory]
    [InlineData("formatted")]
    [InlineData("digits")]
    [InlineData("spaced")]
    public async Task A_full_CPR_in_the_search_is_stored_masked_in_the_audit_row(string typed)
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var digits = citizen.CprDigits;
        var query = typed switch
        {
            "formatted" => Cpr.Format(digits),
            "digits" => digits,
            _ => $" {digits[..6]} {digits[6..]} ",
        };
        var before = await App.LastAuditIdAsync();

        var page = (await mette.GetPageAsync("/borgere?status=alle&q=" + Uri.EscapeDataString(query))).AssertStatus(HttpStatusCode.OK);

        Assert.Contains(citizen.LastName, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.NotNull(row.Detail);
        Assert.DoesNotContain(digits, row.Detail.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(digits[6..], row.Detail, StringComparison.Ordinal);
        Assert.Contains($"søgning: '{digits[..6]}-xxxx'", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_search_is_still_stored_as_typed()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        (await mette.GetPageAsync("/borgere?q=Hansen")).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("søgning: 'Hansen'", Assert.Single(await App.AuditEntriesSinceAsync(before)).Detail, StringComparison.Ordinal);
    }
}
