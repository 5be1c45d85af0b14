using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Demo;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Konto;

/// <summary>
/// The login page does not tell who has an account: the same message, and about the same time,
/// for an unknown e-mail as for a known account with a wrong password, locked or deactivated.
/// </summary>
public sealed class LoginEnumerationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Unknown = "ingen-saadan@demo.retning.dk";

    [Fact]
    public async Task Unknown_wrong_password_locked_and_deactivated_accounts_get_the_same_message()
    {
        await using (var db = fixture.App.CreateSystemDbContext())
        {
            var locked = await fixture.App.UserIdAsync(DemoUsers.Camilla);
            // Identity's lockout reads the real clock, not the app's fake one.
            await db.Users.Where(u => u.Id == locked)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)));
            var deactivated = await fixture.App.UserIdAsync(DemoUsers.Louise);
            await db.Users.Where(u => u.Id == deactivated).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        var unknown = await ErrorsAsync(Unknown, "ikke-rigtigt-1");
        var wrong = await ErrorsAsync(DemoUsers.Rasmus, "ikke-rigtigt-1");
        var lockedWrong = await ErrorsAsync(DemoUsers.Camilla, "ikke-rigtigt-1");
        var lockedRight = await ErrorsAsync(DemoUsers.Camilla, DemoData.Password);
        var deactivatedRight = await ErrorsAsync(DemoUsers.Louise, DemoData.Password);

        Assert.Equal(["Forkert e-mail eller adgangskode."], unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedWrong);
        Assert.Equal(unknown, lockedRight);
        Assert.Equal(unknown, deactivatedRight);
    }

    [Fact]
    public async Task An_unknown_email_takes_about_as_long_as_a_wrong_password()
    {
        // Its own app with a high failure limit, so 15 wrong passwords measure a password check, not a lockout.
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Security:MaxFailedLogins"] = "1000" });
        using var client = BrowserlessClient.Anonymous(own.App);
        var unknown = new List<double>();
        var known = new List<double>();
        for (var round = 0; round < 17; round++)
        {
            var u = await TimeAsync(client, Unknown);
            var k = await TimeAsync(client, DemoUsers.Rasmus);
            if (round >= 2)
            {
                // The first rounds warm up (compilation of the page and queries).
                unknown.Add(u);
                known.Add(k);
            }
        }

        var unknownMedian = Median(unknown);
        var knownMedian = Median(known);
        Assert.True(unknownMedian >= 0.3 * knownMedian,
            $"Median answer for an unknown e-mail {unknownMedian:F1} ms, for a known account with a wrong password {knownMedian:F1} ms: the difference tells who has an account.");
    }

    private async Task<IReadOnlyList<string>> ErrorsAsync(string email, string password)
    {
        using var client = fixture.Anonymous();
        var page = await client.ReadPageAsync("/log-ind", await client.SubmitLoginAsync(email, password));
        page.AssertStatus(HttpStatusCode.OK);
        return page.ErrorSummary;
    }

    /// <summary>Milliseconds for the login POST alone (the form is fetched first).</summary>
    private static async Task<double> TimeAsync(BrowserlessClient client, string email)
    {
        var form = (await client.GetPageAsync("/log-ind")).AssertStatus(HttpStatusCode.OK);
        var watch = Stopwatch.StartNew();
        var response = await form.SubmitAsync(BrowserlessClient.MainForm, new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "ikke-rigtigt" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
