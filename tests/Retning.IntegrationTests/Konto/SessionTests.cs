using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>The session: 30 minutes idle, 12 hours absolute (the app's fake clock decides).</summary>
public sealed class SessionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task After_31_idle_minutes_a_citizen_page_sends_the_user_to_the_login_page()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/borgere/{citizen.Id}";
        Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync(url)).StatusCode);

        App.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True((await anne.GetAsync(url)).StatusCode == HttpStatusCode.OK, "29 minutes idle is within the 30-minute limit.");

        App.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await anne.GetAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"After 31 idle minutes expected a redirect to /log-ind, got {(int)response.StatusCode}.");
        Assert.Equal("/log-ind", response.RedirectPath());
    }

    [Fact]
    public async Task After_12_hours_the_session_ends_however_active_the_user_has_been()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var url = $"/borgere/{citizen.Id}";
        var step = TimeSpan.FromMinutes(20);

        // Active every 20 minutes for 12 hours: 36 clicks, each within the idle limit.
        for (var click = 1; click <= 36; click++)
        {
            App.Clock.Advance(step);
            var status = (await lars.GetAsync(url)).StatusCode;
            Assert.True(status == HttpStatusCode.OK, $"Click {click} at {click * 20} minutes after login should still be signed in, got {(int)status}.");
        }

        App.Clock.Advance(step);
        var response = await lars.GetAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"12 h 20 min after login expected a redirect to /log-ind, got {(int)response.StatusCode}.");
        Assert.Equal("/log-ind", response.RedirectPath());

        // Signing in again starts a new session.
        await lars.LoginAsync(DemoUsers.Lars);
        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_on_does_not_restart_the_12_hour_limit()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var url = $"/borgere/{citizen.Id}";

        // Active for 11 h 40 min, then a deliberate account action that refreshes the sign-in.
        for (var click = 1; click <= 35; click++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await kvalitet.GetAsync(url)).StatusCode);
        }

        var setup = (await kvalitet.GetPageAsync("/konto/to-faktor")).AssertStatus(HttpStatusCode.OK);
        var key = setup.Document.QuerySelector("#authenticator-key")!.TextContent.Trim();
        var done = await setup.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        done.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("To-faktor-login er slået til", done.MainText, StringComparison.Ordinal);

        App.Clock.Advance(TimeSpan.FromMinutes(20));   // 12 h after the login: still within the limit
        Assert.Equal(HttpStatusCode.OK, (await kvalitet.GetAsync(url)).StatusCode);
        App.Clock.Advance(TimeSpan.FromMinutes(20));   // 12 h 20 min after the login
        var response = await kvalitet.GetAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"12 h 20 min after the login the session must have ended even though the sign-in was refreshed at 11 h 40 min, got {(int)response.StatusCode}. " +
            "SessionPolicy's OnSigningIn stamps a new login time on every sign-in, also on SignInManager.RefreshSignInAsync.");
    }
}
