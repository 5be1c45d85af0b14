using System.Net;
using Retning.IntegrationTests.Support;

namespace Retning.IntegrationTests.BadInput;

/// <summary>
/// Issue 11, defect 2: free text had no upper bound on many fields (1 MB was stored and served to
/// everyone). Every text field of every form (<see cref="FormCatalogue"/>) refuses text over its
/// limit with the Danish message at the field and shows the typed text again.
/// </summary>
public sealed class OverlongTextTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>Longer than the longest limit of any field (TextLimits.LongText, 20,000).</summary>
    private static readonly string TooLong = string.Concat(Enumerable.Repeat("Alt for lang tekst. ", 1_001));

    [Fact]
    public async Task Every_text_field_refuses_text_over_its_limit_at_the_field_and_keeps_it()
    {
        using var clients = new Clients(fixture);
        var sites = await FormCatalogue.CollectAsync(fixture, clients);
        Assert.True(sites.Count >= 40, $"Only {sites.Count} forms with text fields were found: the catalogue misses pages.");

        var failures = new List<string>();
        foreach (var site in sites)
        {
            foreach (var field in site.TextFields)
            {
                if (await FormCatalogue.PostAsync(clients, site, new Dictionary<string, string> { [field] = TooLong }) is not var (form, answer))
                {
                    failures.Add($"{site} {field}: the form is gone (an earlier post was accepted)");
                    continue;
                }

                var password = FormCatalogue.IsPassword(form, field);
                if (answer.Status != HttpStatusCode.OK)
                {
                    failures.Add($"{site} {field}: answered {(int)answer.Status} {answer.Response.Headers.Location} (accepted or lost)");
                }
                else if (!answer.Document.Body!.TextContent.Contains("Teksten er for lang: højst ", StringComparison.Ordinal))
                {
                    failures.Add($"{site} {field}: no 'Teksten er for lang' message (errors: {Testing.BrowserlessClient.ErrorTexts(answer.Html)})");
                }
                else if (!password && !FormCatalogue.ShownValues(answer.Document, field).Any(v => v == TooLong))
                {
                    failures.Add($"{site} {field}: the typed text is not shown again");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sites.Sum(s => s.TextFields.Count)} text fields:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }
}
