using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Demo;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>
/// A login is a session on the server: logging out, a new password or deactivation ends it for
/// every copy of the cookie, and the table of sessions does not grow without end.
/// </summary>
public sealed class ServerSessionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_copied_session_cookie_stops_working_after_log_out_and_does_not_slide()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var url = $"/borgere/{citizen.Id}";
        using var anne = fixture.Anonymous();
        var cookie = SessionCookie(await anne.LoginAsync(DemoUsers.Anne));
        using var thief = CookieReplay(cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(url)).StatusCode);

        var logout = await anne.PostFormAsync("/log-ud");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var replay = await thief.GetAsync(url);
        Assert.True(replay.StatusCode == HttpStatusCode.Redirect,
            $"The copied cookie of a logged-out session must be refused, got {(int)replay.StatusCode}.");
        Assert.Equal("/log-ind", replay.RedirectPath());
        Assert.False(RenewsSession(replay), "A refused session must not get a renewed cookie: " + string.Join(" | ", SetCookies(replay)));

        // Later, when the idle timeout would have wanted to slide the cookie, it is still refused.
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var later = await thief.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.False(RenewsSession(later));
    }

    [Fact]
    public async Task Logging_out_on_one_device_keeps_the_other_device_signed_in()
    {
        using var phone = await fixture.SignInAsync(DemoUsers.Louise);
        using var desk = await fixture.SignInAsync(DemoUsers.Louise);

        await phone.PostFormAsync("/log-ud");

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/borgere")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/borgere")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_users_other_sessions_at_once_and_keeps_this_one()
    {
        using var other = await fixture.SignInAsync(DemoUsers.Rasmus);
        using var here = await fixture.SignInAsync(DemoUsers.Rasmus);
        var newPassword = "Et-nyt-kodeord-2026";

        var changed = await here.PostFormAsync("/konto/adgangskode", overrides: new Dictionary<string, string?>
        {
            ["Input.Current"] = DemoData.Password,
            ["Input.New"] = newPassword,
            ["Input.Repeat"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/borgere")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/borgere")).StatusCode);
    }

    [Fact]
    public async Task Sessions_older_than_the_absolute_limit_are_swept_at_the_next_login()
    {
        using (var early = await fixture.SignInAsync(DemoUsers.Nanna))
        {
            await early.PostFormAsync("/log-ud");
        }

        using var open = await fixture.SignInAsync(DemoUsers.Nanna);
        var before = await SessionCountAsync();
        Assert.True(before >= 2, $"Two logins should have left two session rows, found {before}.");

        App.Clock.Advance(TimeSpan.FromHours(13));
        using var next = await fixture.SignInAsync(DemoUsers.Kvalitet);

        await using var db = App.CreateSystemDbContext();
        var oldest = await db.UserSessions.MinAsync(s => s.CreatedUtc);
        Assert.True(App.Clock.GetUtcNow().UtcDateTime - oldest <= TimeSpan.FromHours(12),
            $"Rows past the 12-hour limit (ended or not) must be deleted; the oldest is from {oldest:O}.");
        Assert.Equal(1, await db.UserSessions.CountAsync());
    }

    private async Task<int> SessionCountAsync()
    {
        await using var db = App.CreateSystemDbContext();
        return await db.UserSessions.CountAsync();
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>True when the response hands out a (renewed) session cookie with a value, rather than deleting it.</summary>
    private static bool RenewsSession(HttpResponseMessage response) =>
        SetCookies(response).Any(c => c.StartsWith("Retning.Session=", StringComparison.Ordinal) && !c.StartsWith("Retning.Session=;", StringComparison.Ordinal));

    private static string SessionCookie(HttpResponseMessage login) =>
        SetCookies(login).Select(c => c.Split(';')[0]).Single(c => c.StartsWith("Retning.Session=", StringComparison.Ordinal));

    /// <summary>A second client that sends a copied cookie and keeps no cookies of its own.</summary>
    private HttpClient CookieReplay(string cookie)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
