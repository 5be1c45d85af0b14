using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Demo;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>
/// A TOTP code is good once: at two-factor login and when two-factor is turned on, a code whose
/// time step was already used is refused, also when the same code is posted twice at once.
/// (Codes are computed from the real clock, as Identity checks them; see TwoFactorTests.)
/// </summary>
public sealed class TotpReplayTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Refused = "Koden er forkert eller udløbet. Prøv den nyeste kode fra appen.";

    private static string CodeAt(string key, int steps) => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(steps * Totp.StepSeconds));

    [Fact]
    public async Task The_code_that_turned_two_factor_on_cannot_sign_in_and_a_login_code_cannot_sign_in_twice()
    {
        using var owner = await fixture.SignInAsync(DemoUsers.Peter);
        var setupCode = await TurnOnAsync(owner, steps: 0);

        using var replaying = fixture.Anonymous();
        var prompt = await PromptAsync(replaying, DemoUsers.Peter);
        var replayed = await prompt.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = setupCode });
        replayed.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(Refused, replayed.FieldError("Input.Code"));

        var key = await KeyAsync(DemoUsers.Peter);
        var loginCode = CodeAt(key, 1);
        var signedIn = await replayed.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = loginCode });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // Someone who saw the code over the shoulder tries it within its 30 seconds.
        using var onlooker = fixture.Anonymous();
        var again = await (await PromptAsync(onlooker, DemoUsers.Peter)).SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = loginCode });
        again.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(Refused, again.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await onlooker.GetAsync("/borgere")).StatusCode);

        // An earlier step than the last one used is refused too; the next one works.
        var earlier = await again.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = CodeAt(key, 0) });
        Assert.Equal(Refused, earlier.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await earlier.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = CodeAt(key, 2) })).StatusCode);
    }

    [Fact]
    public async Task The_same_code_posted_twice_at_once_signs_in_only_one()
    {
        using var owner = await fixture.SignInAsync(DemoUsers.Karin);
        await TurnOnAsync(owner, steps: -1);
        var key = await KeyAsync(DemoUsers.Karin);
        var prompts = new List<(BrowserlessClient Client, HtmlPage Prompt)>();
        for (var i = 0; i < 4; i++)
        {
            var client = fixture.Anonymous();
            prompts.Add((client, await PromptAsync(client, DemoUsers.Karin)));
        }

        var code = CodeAt(key, 0);
        var answers = await Task.WhenAll(prompts.Select(p => p.Prompt.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = code })));
        prompts.ForEach(p => p.Client.Dispose());

        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == 302) == 1, "Exactly one of four simultaneous posts of one code may sign in: " + string.Join(", ", statuses));
        Assert.Equal(3, statuses.Count(s => s == 200));
    }

    /// <summary>Turns two-factor on with the code of <paramref name="steps"/> steps from now and returns that code.</summary>
    private static async Task<string> TurnOnAsync(BrowserlessClient client, int steps)
    {
        var setup = (await client.GetPageAsync("/konto/to-faktor")).AssertStatus(HttpStatusCode.OK);
        var key = setup.Document.QuerySelector("#authenticator-key")!.TextContent.Trim();
        var code = CodeAt(key, steps);
        var done = await setup.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = code });
        Assert.Contains("To-faktor-login er slået til", done.MainText, StringComparison.Ordinal);
        return code;
    }

    private static async Task<HtmlPage> PromptAsync(BrowserlessClient client, string email)
    {
        var password = await client.SubmitLoginAsync(email, DemoData.Password);
        Assert.Equal("/log-ind/to-faktor", password.RedirectPath());
        return (await client.GetPageAsync(password.RedirectPathAndQuery()!)).AssertStatus(HttpStatusCode.OK);
    }

    private async Task<string> KeyAsync(string email)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var userId = await fixture.App.UserIdAsync(email);
        return await db.UserTokens.Where(t => t.UserId == userId && t.Name == "AuthenticatorKey").Select(t => t.Value!).SingleAsync();
    }
}
