using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Retning.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on the whole page with the WCAG 2.0/2.1 A and AA rules and fails on any violation.</summary>
public static class AxeCheck
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },

            // Only violations are reported back: passes and inapplicable rules are most of the payload.
            ResultTypes = [ResultType.Violations],
        };
        // Legacy mode runs axe.run in the page itself. The default mode finishes every run in a
        // fresh blank page, which costs about a second per check against ~0.15 s here; Retning
        // has no iframes, so the results are the same. Should Deque remove legacy mode, use RunAxe.
#pragma warning disable CS0618
        var result = await page.Locator("html").RunAxeLegacy(options);
#pragma warning restore CS0618
        if (result.Violations.Length == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(CultureInfo.InvariantCulture, $"axe found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {where} ({page.Url}):");
        foreach (var violation in result.Violations)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                message.AppendLine(CultureInfo.InvariantCulture, $"    target: {node.Target}");
                message.AppendLine(CultureInfo.InvariantCulture, $"      html: {Shorten(node.Html)}");
                var why = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct();
                foreach (var reason in why)
                {
                    message.AppendLine(CultureInfo.InvariantCulture, $"      why:  {reason.ReplaceLineEndings(" ")}");
                }
            }
        }

        Assert.Fail(message.ToString());
    }

    private static string Shorten(string? html) =>
        html is null ? string.Empty : html.Length <= 200 ? html : html[..200] + "…";
}
