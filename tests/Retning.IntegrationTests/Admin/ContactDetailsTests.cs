using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// What the status's sender block shows the caseworker, kept by the administrator: the offer's
/// address and phone, and each staff member's work phone.
/// </summary>
public sealed class ContactDetailsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_wrong_phone_is_refused_at_the_field_with_nothing_typed_lost_and_a_right_one_is_saved()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Guid offerId;
        await using (var db = App.CreateSystemDbContext())
        {
            var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
            offerId = await db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).SingleAsync();
        }

        var url = $"/admin/tilbud/{offerId}";
        var form = (await admin.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(("Solsikkevej 12, 8230 Åbyhøj", "86 12 34 56"), (form.FieldValue("Input.Address"), form.FieldValue("Input.Phone")));

        var refused = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Address"] = "Solsikkevej 14, 8230 Åbyhøj", ["Input.Phone"] = "86 12 34" });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("dansk telefonnummer med 8 cifre", refused.Document.QuerySelector("#Input_Phone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("Solsikkevej 14, 8230 Åbyhøj", "86 12 34"), (refused.FieldValue("Input.Address"), refused.FieldValue("Input.Phone")));

        var tooLong = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Address"] = new string('x', 201) });
        Assert.Contains("Teksten er for lang: højst 200 tegn (nu 201).", tooLong.Document.QuerySelector("#Input_Address-error")!.TextContent, StringComparison.Ordinal);

        var saved = await (await admin.GetPageAsync(url)).SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Address"] = " Solsikkevej 14, 8230 Åbyhøj ", ["Input.Phone"] = "+45 86 12 34 99" });
        Assert.Equal(url, saved.RedirectPath());
        await using (var db = App.CreateSystemDbContext())
        {
            var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
            Assert.Equal(("Solsikkevej 14, 8230 Åbyhøj", "+45 86 12 34 99"), (offer.Address, offer.Phone));
        }
    }

    [Fact]
    public async Task A_staff_members_work_phone_is_checked_and_saved()
    {
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var url = $"/admin/brugere/{await App.UserIdAsync(DemoUsers.Rasmus)}";

        var refused = await (await admin.GetPageAsync(url)).SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Phone"] = "2012" });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("dansk telefonnummer med 8 cifre", refused.Document.QuerySelector("#Input_Phone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2012", refused.FieldValue("Input.Phone"));

        var saved = await (await admin.GetPageAsync(url)).SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Phone"] = " 20 12 34 56 " });
        Assert.Equal(url, saved.RedirectPath());
        await using var db = App.CreateSystemDbContext();
        Assert.Equal("20 12 34 56", (await db.Users.SingleAsync(u => u.Email == DemoUsers.Rasmus)).PhoneNumber);
    }
}
