using System.Net;
using Retning.Data.Demo;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>
/// Two-factor login with an authenticator app. ASP.NET Core Identity checks the code against
/// the real clock (AuthenticatorTokenProvider uses DateTimeOffset.UtcNow, not the DI
/// TimeProvider), so the codes are computed from the real time, not the app's fake clock.
/// </summary>
public sealed class TwoFactorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string CodeNow(string key, int steps = 0) =>
        Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(steps * Totp.StepSeconds));

    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnTwoFactorAsync(BrowserlessClient client)
    {
        var setup = (await client.GetPageAsync("/konto/to-faktor")).AssertStatus(HttpStatusCode.OK);
        var key = setup.Document.QuerySelector("#authenticator-key")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(key), "The set-up page should show the key in #authenticator-key.");

        var done = await setup.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = CodeNow(key, -1) });

        done.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("To-faktor-login er slået til", done.MainText, StringComparison.Ordinal);
        var codes = done.Document.QuerySelectorAll("ul[aria-label='Gendannelseskoder'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    [Fact]
    public async Task A_user_turns_on_two_factor_and_from_then_on_logs_in_with_a_code()
    {
        using var peter = await fixture.SignInAsync(DemoUsers.Peter);
        var (key, _) = await TurnOnTwoFactorAsync(peter);
        Assert.Contains("Slået til", (await peter.GetPageAsync("/konto")).MainText, StringComparison.Ordinal);

        using var client = fixture.Anonymous();
        var password = await client.SubmitLoginAsync(DemoUsers.Peter, DemoData.Password, returnUrl: "/borgere");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/log-ind/to-faktor", password.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);

        var prompt = (await client.GetPageAsync(password.RedirectPathAndQuery()!)).AssertStatus(HttpStatusCode.OK);
        var wrong = await prompt.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = "000000" == CodeNow(key) ? "111111" : "000000" });
        wrong.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Koden er forkert eller udløbet. Prøv den nyeste kode fra appen.", wrong.FieldError("Input.Code"));

        var signedIn = await wrong.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = CodeNow(key) });

        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect,
            $"The right code should sign in, got {(int)signedIn.StatusCode}: {BrowserlessClient.ErrorTexts(await signedIn.Content.ReadAsStringAsync())}");
        Assert.Equal("/borgere", signedIn.RedirectPathAndQuery());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/borgere")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_when_the_phone_is_lost()
    {
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        var (_, codes) = await TurnOnTwoFactorAsync(karin);

        using var client = fixture.Anonymous();
        var prompt = await client.SubmitLoginAsync(DemoUsers.Karin, DemoData.Password);
        Assert.Equal("/log-ind/to-faktor", prompt.RedirectPath());
        var signedIn = await client.PostFormAsync(prompt.RedirectPathAndQuery()!, overrides: new Dictionary<string, string?> { ["Input.Code"] = codes[0] });
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect,
            $"A recovery code should sign in, got {(int)signedIn.StatusCode}: {BrowserlessClient.ErrorTexts(await signedIn.Content.ReadAsStringAsync())}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/borgere")).StatusCode);

        using var second = fixture.Anonymous();
        var again = await second.SubmitLoginAsync(DemoUsers.Karin, DemoData.Password);
        var reused = await second.PostFormForPageAsync(again.RedirectPathAndQuery()!, overrides: new Dictionary<string, string?> { ["Input.Code"] = codes[0] });
        reused.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Koden er forkert eller udløbet. Prøv den nyeste kode fra appen.", reused.FieldError("Input.Code"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        using var sofie = await fixture.SignInAsync(DemoUsers.Sofie);
        var setup = (await sofie.GetPageAsync("/konto/to-faktor")).AssertStatus(HttpStatusCode.OK);
        var key = setup.Document.QuerySelector("#authenticator-key")!.TextContent.Trim();
        var wrongCode = CodeNow(key) == "123456" ? "654321" : "123456";

        var page = await setup.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = wrongCode });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.StartsWith("Koden passer ikke.", page.FieldError("Input.Code"), StringComparison.Ordinal);
        Assert.Contains("Slået fra", (await sofie.GetPageAsync("/konto")).MainText, StringComparison.Ordinal);
        using var again = await fixture.SignInAsync(DemoUsers.Sofie);   // still a password-only login
    }

    [Fact]
    public async Task A_role_that_requires_two_factor_is_sent_to_the_set_up_page_until_it_is_on()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Security:TwoFactorRequiredRoles:0"] = "Administrator",
        });
        using var admin = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Admin);

        foreach (var url in new[] { "/admin", "/", "/borgere" })
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} should redirect an administrator without two-factor, got {(int)response.StatusCode}.");
            Assert.Equal("/konto/to-faktor?krav=1", response.RedirectPathAndQuery());
        }

        var setup = (await admin.GetPageAsync("/konto/to-faktor?krav=1")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Din rolle kræver to-faktor-login", setup.MainText, StringComparison.Ordinal);

        // Other roles are not affected.
        using var mette = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Mette);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);

        // Once it is on, the administrator gets through (and cannot turn it off).
        await TurnOnTwoFactorAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        var manage = (await admin.GetPageAsync("/konto/to-faktor")).AssertStatus(HttpStatusCode.OK);
        Assert.Null(manage.Document.QuerySelector("form[action*='handler=Disable']"));
    }
}
