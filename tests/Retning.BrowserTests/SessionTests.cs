using System.Text.RegularExpressions;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>Ending a session on a shared computer.</summary>
public sealed partial class SessionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Care_worker_logs_out_with_the_header_button_and_the_citizen_list_is_closed_again()
    {
        await using var session = await fixture.NewSessionAsync();
        var shell = await new LoginPage(session).SignInAsync("louise@demo.retning.dk", "Louise Krogh");
        await shell.GoToCitizensAsync();

        await shell.LogOutAsync();

        // The browser's back button or a bookmark leads to the login page, not to citizen data.
        await session.GotoAsync("/borgere");
        await Expect(session.Page).ToHaveURLAsync(LoginWithReturnUrl());
        await new LoginPage(session).ExpectLoadedAsync("borgere-efter-log-ud");
        session.AssertEveryPageChecked();
    }

    [GeneratedRegex(@"/log-ind\?returnUrl=%2Fborgere$", RegexOptions.IgnoreCase)]
    private static partial Regex LoginWithReturnUrl();
}
