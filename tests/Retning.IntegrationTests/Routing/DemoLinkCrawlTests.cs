using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Routing;

/// <summary>
/// Every link a demo user can follow answers: starting at "/", each role follows every same-site
/// <c>href</c> (and redirect) breadth-first with GET, and no page may answer 404 or 500. A page
/// kind (its address with ids and numbers replaced) is visited a few times only, so the crawl
/// stays small while still reaching every kind of page (docs/architecture.md, "Links and routes").
/// </summary>
public sealed partial class DemoLinkCrawlTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>At most this many pages per role.</summary>
    private const int PageCap = 400;

    /// <summary>At most this many addresses of one kind (e.g. /borgere/{guid}/maal/{guid}) per role.</summary>
    private const int PerKind = 3;

    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(DemoUsers.Mette)]
    [InlineData(DemoUsers.Anne)]
    [InlineData(DemoUsers.Lars)]
    [InlineData(DemoUsers.Kvalitet)]
    [InlineData(DemoUsers.Admin)]
    public async Task Every_link_of_a_role_answers(string email)
    {
        using var client = await fixture.SignInAsync(email);
        var result = await CrawlAsync(client.Http, "/");

        Assert.True(result.Visited > 10, $"Only {result.Visited} pages were reached as {email}: the crawl did not get past the start.");
        Assert.True(result.Broken.Count == 0,
            $"Broken links as {email} ({result.Visited} pages visited):\n" + string.Join('\n', result.Broken));
    }

    /// <summary>The crawl itself finds a broken link (so the test above can fail).</summary>
    [Fact]
    public async Task A_broken_link_is_reported()
    {
        using var client = await fixture.SignInAsync(DemoUsers.Anne);
        var result = await CrawlAsync(client.Http, "/borgere/00000000-0000-0000-0000-000000000001");

        Assert.Contains(result.Broken, b => b.StartsWith("404 ", StringComparison.Ordinal));
    }

    internal sealed record CrawlResult(int Visited, IReadOnlyList<string> Broken);

    internal static async Task<CrawlResult> CrawlAsync(HttpClient http, string start)
    {
        var queue = new Queue<(string Url, string From)>([(start, "(start)")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var broken = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < PageCap)
        {
            var (url, from) = queue.Dequeue();
            var kind = KindOf(url);
            if (kinds.GetValueOrDefault(kind) >= PerKind)
            {
                continue;
            }

            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            visited++;
            using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.InternalServerError)
            {
                broken.Add($"{(int)response.StatusCode} {url} (linked from {from})");
                continue;
            }

            var next = new List<string>();
            if (response.Headers.Location is { } location)
            {
                next.Add(location.OriginalString);
            }
            else if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var document = await Parser.ParseDocumentAsync(html, TestContext.Current.CancellationToken);
                next.AddRange(document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!));
            }

            foreach (var link in next.Select(l => SameSite(l, url)).OfType<string>())
            {
                if (seen.Add(link))
                {
                    queue.Enqueue((link, url));
                }
            }
        }

        return new CrawlResult(visited, broken);
    }

    /// <summary>The link as a path and query on this site, or null when it leaves it, logs out or is a PDF (rendered by a browser).</summary>
    private static string? SameSite(string href, string from)
    {
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var baseUri = new Uri(new Uri("http://localhost"), from);
        if (!Uri.TryCreate(baseUri, WebUtility.HtmlDecode(href), out var uri) || uri.Scheme != "http" || uri.Host != "localhost")
        {
            return null;
        }

        var path = uri.AbsolutePath;
        if (path.StartsWith("/log-ud", StringComparison.Ordinal) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return path + uri.Query;
    }

    /// <summary>The address with ids and numbers replaced and the query reduced to its names: what counts toward <see cref="PerKind"/>.</summary>
    internal static string KindOf(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? url : url[..query];
        var names = query < 0 ? "" : string.Join('&', url[(query + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        return Number().Replace(Guid().Replace(path, "{guid}"), "/{n}") + "?" + names;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();
}
