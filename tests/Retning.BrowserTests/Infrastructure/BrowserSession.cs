using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace Retning.BrowserTests.Infrastructure;

/// <summary>
/// One person's browser for one test. After every page the test reaches it calls
/// <see cref="CheckPageAsync"/>: axe (WCAG 2.0/2.1 A+AA, 0 violations), no failed
/// stylesheet/script/font/image and no console error (e.g. a CSP refusal), and a full-page
/// screenshot in .test-artifacts/screenshots. <see cref="AssertEveryPageChecked"/>
/// at the end of a test fails if a document was loaded that was never checked.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] DownloadExtensions = [".docx", ".pdf", ".png"];

    private readonly IBrowserContext _context;
    private readonly string _viewport;
    private readonly string _baseUrl;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly List<string> _loadedDocuments = [];
    private int _checkedDocuments;
    private int _step;

    public BrowserSession(IBrowserContext context, IPage page, string baseUrl, string test, string viewport)
    {
        _baseUrl = baseUrl.TrimEnd('/');
        _context = context;
        Page = page;
        Test = test;
        _viewport = viewport;

        page.DOMContentLoaded += (_, p) =>
        {
            lock (_loadedDocuments)
            {
                _loadedDocuments.Add(p.Url);
            }
        };
        page.Response += (_, response) =>
        {
            // The document itself may legitimately be a 404 (the not-found page); its resources may not.
            if (response.Status >= 400 && response.Request.ResourceType != "document" && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                _problems.Enqueue($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A link to a file download starts as a navigation that the browser aborts once it sees
            // the attachment: that abort is the download working, not a failure.
            var download = request.ResourceType == "document" && request.Failure == "net::ERR_ABORTED"
                && DownloadExtensions.Any(ext => new Uri(request.Url).AbsolutePath.EndsWith(ext, StringComparison.Ordinal));
            if (!download && !request.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                _problems.Enqueue($"request failed ({request.Failure}) for {request.ResourceType} {request.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            // A failed load is reported by the Response handler above (with its URL); everything else counts.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _problems.Enqueue($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
    }

    public IPage Page { get; }
    public string Test { get; }

    /// <summary>The browser context: cookies (e.g. to lose the session on purpose).</summary>
    public IBrowserContext Context => _context;

    /// <summary>The absolute address of a path on Retning, for URL assertions.</summary>
    public string Url(string path) => _baseUrl + path;

    /// <summary>Navigates to a path on Retning; returns the response of the document.</summary>
    public async Task<IResponse?> GotoAsync(string path) => await Page.GotoAsync(path);

    /// <summary>
    /// The checks every visited page must pass. Call once the page under test has settled
    /// (after waiting for something on it with Expect).
    /// </summary>
    public async Task CheckPageAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var number = Interlocked.Increment(ref _step);
        var name = $"{number.ToString("00", CultureInfo.InvariantCulture)}-{step}-{_viewport}";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.ScreenshotPath(Test, name), FullPage = true });

        List<string> skipped;
        lock (_loadedDocuments)
        {
            // Every document gets its own check: more than one new document since the last check means one was skipped.
            skipped = _loadedDocuments.Skip(_checkedDocuments).SkipLast(1).ToList();
            _checkedDocuments = _loadedDocuments.Count;
        }

        Assert.True(skipped.Count == 0, $"Before '{step}' these pages were visited without the axe/screenshot check: " + string.Join(", ", skipped));

        var problems = new List<string>();
        while (_problems.TryDequeue(out var problem))
        {
            problems.Add(problem);
        }

        Assert.True(problems.Count == 0, $"Page '{step}' ({Page.Url}) had loading or script problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
        await AxeCheck.AssertNoViolationsAsync(Page, $"'{step}' at {_viewport}");
    }

    /// <summary>Fails when the test loaded a document after its last <see cref="CheckPageAsync"/>.</summary>
    public void AssertEveryPageChecked()
    {
        lock (_loadedDocuments)
        {
            var notChecked = _loadedDocuments.Skip(_checkedDocuments).ToList();
            Assert.True(notChecked.Count == 0, "Pages were visited without the axe/screenshot check: " + string.Join(", ", notChecked));
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
