using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.BadInput;

/// <summary>
/// Issue 11, defect 2: a body over the form limits (ASP.NET's 4 MB per value) or a NUL byte
/// answered with a generic error and lost the input. Now several megabytes come back as the
/// form with the message at the field and the text kept; only a body over the hard cap is
/// refused, with a Danish 413 page. NUL and direction overrides are removed on the way in.
/// </summary>
public sealed class RequestLimitTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Five_megabytes_in_a_field_come_back_at_the_field_with_the_text_kept()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var text = "Kommune " + new string('k', 5 * 1024 * 1024);

        var page = await anne.PostFormForPageAsync($"/borgere/{citizen.Id}/rediger", overrides: new Dictionary<string, string?> { ["Input.Municipality"] = text });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal($"Teksten er for lang: højst 100 tegn (nu {text.Length}).", page.FieldError("Input.Municipality"));
        Assert.Equal(text, page.FieldValue("Input.Municipality"));
        Assert.Equal(citizen.Municipality, (await App.CitizenByIdAsync(citizen.Id)).Municipality);
    }

    [Fact]
    public async Task A_body_over_the_hard_cap_is_refused_with_a_Danish_413_page()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = (await anne.GetPageAsync($"/borgere/{citizen.Id}/rediger")).AssertStatus(HttpStatusCode.OK);
        var fields = page.FormFields();
        fields.Add(new("Input.StatusAgreementNote", new string('x', (int)TypedInputMiddleware.MaxBodyBytes)));

        var answer = await anne.ReadPageAsync(page.Url, await anne.Http.PostAsync(page.Url, new FormUrlEncodedContent(fields)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("Det sendte er for stort", answer.MainText, StringComparison.Ordinal);
        Assert.Contains("32 MB", answer.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_a_NUL_byte_and_a_direction_override_is_saved_without_them()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var response = await anne.PostFormAsync($"/borgere/{citizen.Id}/rediger", overrides: new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Ann\0a",
            ["Input.CaseworkerName"] = "Sagsbehandler \u202Enesnaj\u202C Hansen",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.CitizenByIdAsync(citizen.Id);
        Assert.Equal(("Anna", "Sagsbehandler nesnaj Hansen"), (saved.FirstName, saved.CaseworkerName));
    }
}
