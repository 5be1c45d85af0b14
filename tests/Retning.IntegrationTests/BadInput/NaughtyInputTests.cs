using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.BadInput;

/// <summary>
/// Issue 11, "a bad-input corpus": every string of <see cref="NaughtyStrings"/> goes into some
/// text field of some form (<see cref="FormCatalogue"/> enumerates them): no 5xx, nothing typed
/// is lost (the form comes back with the text, cleaned by TypedText, or the post succeeded and
/// the page shows the stored text), and no input ever comes out as markup.
/// </summary>
public sealed partial class NaughtyInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>
    /// Notes that belong to a choice and are cleared on save when the choice is not made (the
    /// status agreement's note without an agreed interval, the minutes' revision note without
    /// "Ja"): shown again on a refused post like every field, but not expected after a save.
    /// </summary>
    private static readonly HashSet<string> NotesOfAChoice = new(StringComparer.Ordinal) { "Input.StatusAgreementNote", "Input.PlanRevisionNote" };

    [Fact]
    public async Task Every_naughty_string_goes_into_a_form_and_comes_back_as_typed_text_never_as_markup()
    {
        using var clients = new Clients(fixture);
        var sites = await FormCatalogue.CollectAsync(fixture, clients);
        var corpus = NaughtyStrings.All;
        var fields = sites.Sum(s => s.TextFields.Count);
        var failures = new List<string>();
        var used = new HashSet<int>();
        var posts = 0;

        // Every field of a form at once, each with its own string, rotating so that every string is used.
        var rounds = (corpus.Count + fields - 1) / fields;
        for (var round = 0; round < rounds; round++)
        {
            var next = round * fields;
            foreach (var site in sites)
            {
                var values = new Dictionary<string, string>();
                foreach (var field in site.TextFields)
                {
                    var index = next++ % corpus.Count;
                    used.Add(index);
                    values[field] = corpus[index];
                }

                posts += await PostAndCheckAsync(clients, site, values, failures);
            }
        }

        // Only the free-text areas, the other fields as rendered: edit forms save, so the stored text is shown and checked too.
        var list = corpus.Skip(NaughtyStrings.Issue11.Count).ToList();
        var at = 0;
        foreach (var site in sites.Where(s => s.TextAreas.Count > 0))
        {
            posts += await PostAndCheckAsync(clients, site, site.TextAreas.ToDictionary(a => a, _ => list[at++ % list.Count]), failures);
        }

        Assert.Equal(corpus.Count, used.Count);
        Assert.True(posts >= sites.Count, $"Only {posts} posts for {sites.Count} forms: forms disappeared after earlier posts.");
        Assert.True(failures.Count == 0, $"{failures.Count} problems in {posts} posts of {corpus.Count} strings into {fields} fields:{Environment.NewLine}"
                                         + string.Join(Environment.NewLine, failures.Take(60)));
    }

    /// <summary>Posts the values and checks the answer; returns 1 when posted, 0 when the form is gone.</summary>
    private static async Task<int> PostAndCheckAsync(Clients clients, FormSite site, Dictionary<string, string> values, List<string> failures)
    {
        if (await FormCatalogue.PostAsync(clients, site, values) is not var (form, answer))
        {
            return 0;
        }

        var what = $"{site} → {(int)answer.Status} {answer.Response.Headers.Location}";
        CheckEscaped(what, answer, failures);
        if (answer.Status == HttpStatusCode.OK)
        {
            foreach (var (name, value) in values.Where(v => !FormCatalogue.IsPassword(form, v.Key)))
            {
                var expected = Comparable(TypedText.Clean(value));
                if (!FormCatalogue.ShownValues(answer.Document, name).Any(v => Comparable(v) == expected))
                {
                    failures.Add($"{what}: {name}={Show(value)} is not shown again as typed");
                }
            }
        }
        else if (answer.Status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
        {
            await CheckStoredAsync(clients, site, what, answer, values, failures);
        }
        else
        {
            failures.Add($"{what}: unexpected answer [{string.Join(", ", values.Select(v => $"{v.Key}={Show(v.Value)}"))}]");
        }

        return 1;
    }

    /// <summary>After a save: the page it leads to and the form again show the text, escaped.</summary>
    private static async Task CheckStoredAsync(Clients clients, FormSite site, string what, HtmlPage answer, Dictionary<string, string> values, List<string> failures)
    {
        var client = await clients.ForAsync(site.Role);
        var shown = new List<string>();
        foreach (var url in new[] { answer.Response.Headers.Location?.OriginalString, site.Url }.OfType<string>().Distinct())
        {
            var page = await client.GetPageAsync(url);
            if ((int)page.Status >= 500)
            {
                failures.Add($"{what}: GET {url} after the save answered {(int)page.Status}");
            }

            CheckEscaped(what + " → " + url, page, failures);
            shown.Add(Comparable(page.MainText));
            shown.AddRange(page.Document.QuerySelectorAll("input, textarea").Select(e => Comparable(e is IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value") ?? string.Empty)));
        }

        foreach (var (name, value) in values.Where(v => !NotesOfAChoice.Contains(v.Key)))
        {
            var expected = Comparable(TypedText.Clean(value));
            if (expected.Length > 0 && !shown.Any(s => s.Contains(expected, StringComparison.Ordinal)))
            {
                failures.Add($"{what}: {name}={Show(value)} was saved but its text is not shown");
            }
        }
    }

    /// <summary>No typed text became markup: no inline script, no event-handler attribute, no javascript: link.</summary>
    private static void CheckEscaped(string what, HtmlPage page, List<string> failures)
    {
        var document = page.Document;
        if (document.QuerySelectorAll("script:not([src])").Length > 0)
        {
            failures.Add($"{what}: an inline <script> is in the page");
        }

        if (document.All.SelectMany(e => e.Attributes).FirstOrDefault(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) is { } handler)
        {
            failures.Add($"{what}: an event-handler attribute {handler.Name} is in the page");
        }

        if (document.All.SelectMany(e => e.Attributes)
            .Any(a => a.Name is "href" or "src" or "action" or "formaction" && a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"{what}: a javascript: link is in the page");
        }
    }

    /// <summary>Whitespace as a browser shows it: a form or a page may wrap, indent or trim.</summary>
    private static string Comparable(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Show(string value) =>
        value.Length > 40 ? $"{Escape(value[..40])}… ({value.Length} tegn)" : Escape(value);

    private static string Escape(string value) => string.Concat(value.Select(c => char.IsControl(c) || TypedText.IsDirectionControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
