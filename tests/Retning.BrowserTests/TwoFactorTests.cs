using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Data.Demo;
using Retning.Testing;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>Turning on two-factor login with an authenticator app, and logging in with it.</summary>
public sealed class TwoFactorTests(BrowserFixture fixture)
{
    // A care worker no other browser test logs in as: her account changes for good here.
    private const string Email = "camilla@demo.retning.dk";
    private const string FullName = "Camilla Nørgaard";

    [Fact]
    public async Task Care_worker_turns_on_two_factor_and_then_logs_in_with_a_code()
    {
        await using var session = await fixture.NewSessionAsync();
        var shell = await new LoginPage(session).SignInAsync(Email, FullName);

        var setup = await new TwoFactorPage(session).OpenAsync();
        await Expect(setup.QrCode).ToBeVisibleAsync();
        var key = await setup.ReadKeyAsync();
        Assert.Matches("^[A-Z2-7]{16,}$", key);
        await setup.EnableAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Expect(setup.RecoveryCodes).ToHaveCountAsync(10);

        // Logs out on the /log-ud page; the header's "Log ud" button has its own test (SessionTests).
        var login = await shell.LogOutFromLogOutPageAsync();
        await login.SubmitAsync(Email, DemoData.Password);
        var second = new TwoFactorLoginPage(session);
        await second.ExpectLoadedAsync();

        // An old code is refused with a message at the field.
        await second.SubmitAsync(StaleCode(key));
        await Expect(second.CodeError).ToContainTextAsync("Koden er forkert eller udløbet");
        await second.ExpectLoadedAsync("log-ind-to-faktor-forkert-kode");

        // The next step's code: the one the set-up used is good only once.
        await second.SubmitAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(Totp.StepSeconds)));
        await shell.ExpectFrontPageAsync(FullName, "forside-efter-to-faktor");
        session.AssertEveryPageChecked();
    }

    /// <summary>A code from an hour ago that differs from every code Identity accepts now (±2 steps, plus margin).</summary>
    private static string StaleCode(string key)
    {
        var keyBytes = Totp.FromBase32(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / Totp.StepSeconds;
        var valid = Enumerable.Range(-4, 9).Select(i => Totp.CodeForStep(keyBytes, now + i)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(120, 100).Select(i => Totp.CodeForStep(keyBytes, now - i)).First(code => !valid.Contains(code));
    }
}
