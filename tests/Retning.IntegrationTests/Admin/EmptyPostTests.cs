using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Admin;

/// <summary>
/// A form posted with nothing in it (a stale tab, a hand-made request) answers with the form and
/// Danish messages at the fields, never an error page (docs/architecture.md, "House rules": bad input gets a Danish message at the field).
/// </summary>
public sealed class EmptyPostTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    public static TheoryData<string> Forms => ["offer", "offer?handler=Afdeling", "user?handler=TilfoejRolle"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task An_empty_post_answers_with_the_form_and_a_message(string form)
    {
        var url = await UrlAsync(form);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        var page = (await admin.GetPageAsync(url.Split('?')[0])).AssertStatus(HttpStatusCode.OK);
        var token = page.FieldValue("__RequestVerificationToken")!;

        var response = await admin.PostRawAsync(url, [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await admin.ReadPageAsync(url, response);
        Assert.NotEmpty(BrowserlessClient.ErrorTexts(answer.Html));
    }

    private async Task<string> UrlAsync(string form)
    {
        if (form.StartsWith("user", StringComparison.Ordinal))
        {
            return $"/admin/brugere/{await App.UserIdAsync(DemoUsers.Mette)}" + form["user".Length..];
        }

        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = App.CreateSystemDbContext();
        var offerId = await db.Departments.Where(d => d.Id == maagen).Select(d => d.OfferId).SingleAsync();
        return $"/admin/tilbud/{offerId}" + form["offer".Length..];
    }
}
