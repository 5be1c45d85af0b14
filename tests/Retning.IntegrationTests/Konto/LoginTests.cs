using System.Net;
using Retning.Data.Demo;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>/log-ind: Danish errors, lockout after repeated failures, logout.</summary>
public sealed class LoginTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string WrongPassword = "Forkert e-mail eller adgangskode.";

    [Fact]
    public async Task A_correct_login_goes_to_the_return_url()
    {
        using var client = fixture.Anonymous();

        var response = await client.SubmitLoginAsync(DemoUsers.Mette, DemoData.Password, returnUrl: "/borgere");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/borgere", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/borgere")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_foreign_return_url_is_ignored(string returnUrl)
    {
        using var client = fixture.Anonymous();

        var response = await client.SubmitLoginAsync(DemoUsers.Mette, DemoData.Password, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Danish_error_and_keeps_the_email()
    {
        using var client = fixture.Anonymous();

        var response = await client.SubmitLoginAsync(DemoUsers.Rasmus, "ikke-rigtigt");
        var page = await client.ReadPageAsync("/log-ind", response);

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(WrongPassword, page.ErrorSummary);
        Assert.Equal(DemoUsers.Rasmus, page.FieldValue("Input.Email"));
        Assert.Equal(string.Empty, page.FieldValue("Input.Password") ?? string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var client = fixture.Anonymous();

        var page = await client.ReadPageAsync("/log-ind", await client.SubmitLoginAsync("ukendt@demo.retning.dk", DemoData.Password));

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(WrongPassword, page.ErrorSummary);
    }

    [Fact]
    public async Task An_empty_form_gets_messages_at_the_fields()
    {
        using var client = fixture.Anonymous();

        var page = await client.ReadPageAsync("/log-ind", await client.SubmitLoginAsync("", ""));

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Indtast din e-mail.", page.FieldError("Input.Email"));
        Assert.Equal("Indtast din adgangskode.", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task After_five_failures_the_account_is_locked_and_the_right_password_is_refused_too()
    {
        using var client = fixture.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var page = await client.ReadPageAsync("/log-ind", await client.SubmitLoginAsync(DemoUsers.Camilla, "forkert-" + attempt));
            Assert.True(page.ErrorSummary.Contains(WrongPassword), $"Attempt {attempt} should say the password is wrong: {string.Join(" | ", page.ErrorSummary)}");
        }

        // The lockout says no more than a wrong password (it would tell that the account exists); the page states the rule.
        var fifth = await client.ReadPageAsync("/log-ind", await client.SubmitLoginAsync(DemoUsers.Camilla, "forkert-5"));
        Assert.Equal([WrongPassword], fifth.ErrorSummary);

        var correct = await client.SubmitLoginAsync(DemoUsers.Camilla, DemoData.Password);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        var page6 = await client.ReadPageAsync("/log-ind", correct);
        Assert.Equal([WrongPassword], page6.ErrorSummary);
        Assert.Contains("Efter 5 forkerte forsøg låses kontoen i 15 minutter.", page6.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);

        // Other accounts are not affected.
        using var other = await fixture.SignInAsync(DemoUsers.Louise);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/borgere")).StatusCode);
    }

    [Fact]
    public async Task Logging_out_on_the_log_out_page_ends_the_session()
    {
        using var client = await fixture.SignInAsync(DemoUsers.Nanna);

        var response = await client.PostFormAsync("/log-ud");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log-ind?logget-ud=true", response.RedirectPathAndQuery());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);
        var page = (await client.GetPageAsync("/log-ind?logget-ud=true")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Du er logget ud.", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_out_button_in_the_header_ends_the_session()
    {
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var home = (await client.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);

        var response = await home.SubmitAsync("header form[action='/log-ud']");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"The header's log-out button should log out (302), got {(int)response.StatusCode}. Its form carries no antiforgery token: "
            + home.Form("header form[action='/log-ud']").OuterHtml);
        Assert.Equal("/log-ind?logget-ud=true", response.RedirectPathAndQuery());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);
    }
}
