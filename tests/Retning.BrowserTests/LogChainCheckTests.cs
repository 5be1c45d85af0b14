using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>The department head checks on the log page that the audit log is unchanged (docs/adr/0007-audit-hash-chain.md).</summary>
public sealed class LogChainCheckTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_department_head_checks_the_audit_log_and_sees_that_it_is_whole()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync("anne@demo.retning.dk", "Anne Thomsen");
        await session.GotoAsync("/logning");
        await session.CheckPageAsync("logning");

        await page.Locator("#kontroller-loggen").ClickAsync();
        await Expect(page.Locator("#kaedekontrol")).ToContainTextAsync("Loggen er hel");
        await session.CheckPageAsync("logning-kontrolleret");
        session.AssertEveryPageChecked();
    }
}
